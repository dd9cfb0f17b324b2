#!/usr/bin/env python3
"""A stand-in for the host's `sendmail -t -i`, for the notices test only: reads the message on
standard input and relays it over SMTP to 127.0.0.1:AMHP_TEST_SMTP_PORT, to the To header's
recipients (as -t does). Exit status 0 when the SMTP server accepted it."""

import email
import email.utils
import os
import smtplib
import sys

message = email.message_from_bytes(sys.stdin.buffer.read())
recipients = [address for _, address in email.utils.getaddresses(message.get_all("To", []))]
if not recipients:
    print("sendmail stand-in: the message has no To header", file=sys.stderr)
    sys.exit(64)
with smtplib.SMTP("127.0.0.1", int(os.environ["AMHP_TEST_SMTP_PORT"]), timeout=10) as smtp:
    smtp.sendmail("amhp-planner@localhost", recipients, message.as_bytes())
