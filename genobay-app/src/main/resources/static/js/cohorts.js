// The cohort form counts as the criteria change: it posts the form's fields to /cohorts/count (the answer of
// POST /api/cohorts/count) and shows the counts; the Count button does the same without this script.
(() => {
  const form = document.getElementById("cohort-form");
  const out = document.getElementById("cohort-count");
  if (!form || !out) {
    return;
  }
  const csrf = document.querySelector("#cohort-save input[name=_csrf]");
  let timer;
  const text = (tag, value) => {
    const node = document.createElement(tag);
    node.textContent = value;
    return node;
  };
  const show = (answer) => {
    const rows = answer.shared.map((s) => {
      const tr = document.createElement("tr");
      const count = s.count ? (s.count.exact ? `${s.count.low}` : `${s.count.low}–${s.count.high}`)
        : s.exists === null ? "—" : s.exists ? "yes" : "no";
      tr.append(text("td", s.dataset), text("td", s.institution), text("td", s.granularity),
        text("td", count + (s.note ? ` (${s.note})` : "")));
      return tr;
    });
    const table = document.createElement("table");
    const head = document.createElement("tr");
    ["Shared dataset", "Institution", "You may see", "Count"].forEach((h) => head.append(text("th", h)));
    table.append(head, ...rows);
    out.replaceChildren(text("h2", `Your institution: ${answer.own} participants`),
      text("p", answer.criteria), table);
  };
  const mirror = () => {
    // The save form carries the criteria counted last.
    document.querySelectorAll("#cohort-save [data-mirror]").forEach((hidden) => {
      hidden.value = form.elements[hidden.dataset.mirror]?.value ?? "";
    });
  };
  form.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      mirror();
      const body = new URLSearchParams(new FormData(form));
      if (csrf) {
        body.set("_csrf", csrf.value);
      }
      const response = await fetch(form.dataset.count, { method: "POST", body });
      if (response.ok) {
        show(await response.json());
      } else {
        const problem = await response.json().catch(() => ({ detail: "the count failed" }));
        out.replaceChildren(text("p", problem.detail));
      }
    }, 300);
  });
})();
