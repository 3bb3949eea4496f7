// Stepwise page behaviour. Kept in a file (not inline) so the Content-Security-Policy can forbid inline scripts.
(function () {
  "use strict";

  // Send the CSRF token with every htmx request.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector("meta[name='_csrf']");
    var header = document.querySelector("meta[name='_csrf_header']");
    if (token && header && token.content) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Automatic logoff: the server ends an idle session; this takes the screen away from an unattended tablet too.
  var seconds = parseInt(document.body.getAttribute("data-idle-timeout") || "0", 10);
  if (seconds > 0 && document.body.hasAttribute("data-signed-in")) {
    var timer;
    var reset = function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        window.location.assign("/login?timeout");
      }, seconds * 1000);
    };
    ["htmx:afterRequest", "submit"].forEach(function (name) {
      document.addEventListener(name, reset);
    });
    reset();
  }
})();
