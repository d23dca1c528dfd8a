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
// Term pickers: an input with data-terms="hpo" or "icd10" offers matching terms (ID and name) as the user types.
let termTimer;
document.addEventListener("input", (event) => {
  const input = event.target.closest("input[data-terms]");
  if (!input || input.value.trim().length < 2) {
    return;
  }
  clearTimeout(termTimer);
  termTimer = setTimeout(async () => {
    const response = await fetch(`/clinical/terms/${input.dataset.terms}?q=${encodeURIComponent(input.value.trim())}`);
    if (!response.ok) {
      return;
    }
    const list = document.getElementById(input.getAttribute("list"));
    list.replaceChildren(...(await response.json()).map((term) => {
      const option = document.createElement("option");
      option.value = term.id;
      option.label = term.name;
      option.textContent = `${term.id} ${term.name}`;
      return option;
    }));
  }, 200);
});
