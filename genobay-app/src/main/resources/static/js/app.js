// Small helpers; every page works without them.
document.addEventListener("click", (event) => {
  // A free cell of a box grid fills the position field of the "place a specimen here" form.
  const cell = event.target.closest("td.free[data-position]");
  if (cell) {
    const field = document.querySelector("#place-position");
    if (field) {
      document.querySelectorAll("td.free.chosen").forEach((c) => c.classList.remove("chosen"));
      cell.classList.add("chosen");
      field.value = cell.dataset.position;
      document.querySelector("#place-code")?.focus();
    }
  }
});
document.addEventListener("submit", (event) => {
  // Irreversible actions ask once more.
  const question = event.target.dataset.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
