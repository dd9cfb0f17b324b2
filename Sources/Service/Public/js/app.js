// Page scripts live here.
