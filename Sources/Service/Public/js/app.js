// Shared by the page scripts: calling the JSON API with the session cookie, showing its errors,
// and formatting numbers the way the server-rendered pages do (Pages/PageText.swift).
"use strict";

/** An error answer from the API: its status, sentence and the problems it lists. */
class APIError extends Error {
  constructor(status, message, problems) {
    super(message);
    this.status = status;
    this.problems = problems || [];
  }
}

const AMHP = {
  /** Calls the API and returns the decoded JSON (null for 204); throws APIError for an error answer. */
  async call(method, url, body) {
    const options = { method, credentials: "same-origin", headers: { Accept: "application/json" } };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(url, options);
    } catch (failure) {
      throw new APIError(0, "Could not reach the service: " + failure.message + ". Check the connection and try again.");
    }
    const text = await response.text();
    let data = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch (_) {
      data = null;
    }
    if (response.status === 401) {
      // The session ended: sign in again and come back here.
      window.location.assign("/signin?next=" + encodeURIComponent(window.location.pathname + window.location.search));
      throw new APIError(401, "Your sign-in has ended; sign in again.");
    }
    if (!response.ok) {
      const message = data && data.error ? data.error : "The service answered " + response.status + " " + response.statusText + ".";
      throw new APIError(response.status, message, data && data.problems);
    }
    return data;
  },

  /** Shows an error and each of its problems ("field: what to fix") in `element`. */
  showError(element, error) {
    element.replaceChildren();
    const message = document.createElement("p");
    message.className = "error";
    message.textContent = error.message;
    element.append(message);
    if (error.problems && error.problems.length > 0) {
      const list = document.createElement("ul");
      for (const problem of error.problems) {
        const item = document.createElement("li");
        const field = document.createElement("strong");
        field.textContent = problem.field;
        item.append(field, ": " + problem.message);
        list.append(item);
      }
      element.append(list);
    }
    element.hidden = false;
  },

  clear(element) {
    element.replaceChildren();
  },

  /** Hours to at most two decimal places without trailing zeros, as PageText.hours. */
  hours(value) {
    if (value === null || value === undefined) return "";
    const text = String(Number(Number(value).toFixed(2)));
    return text === "-0" ? "0" : text;
  },

  /** An objective with one decimal place, as PageText.objective. */
  objective(value) {
    return value === null || value === undefined ? "—" : Number(value).toFixed(1);
  },

  /** Reads a form's named fields; empty fields are left out, so the API applies its defaults. */
  fields(form) {
    const values = {};
    for (const [name, value] of new FormData(form).entries()) {
      if (typeof value === "string" && value.trim() !== "") values[name] = value.trim();
    }
    return values;
  },
};
