// The annual report's print button: the browser's print, laid out by report.css's print rules.
document.getElementById("print-report")?.addEventListener("click", () => window.print());
