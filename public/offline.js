// The offline page's one action, in a file of its own: the Content-Security-Policy allows no inline script.
document.getElementById("retry").addEventListener("click", () => window.location.reload());
window.addEventListener("online", () => window.location.reload());
