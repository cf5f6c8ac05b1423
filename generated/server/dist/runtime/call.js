const TOO_LARGE = /* @__PURE__ */ Symbol("too large");
function splitTarget(target) {
  const q = target.indexOf("?");
  return q === -1 ? { path: target, search: "" } : { path: target.slice(0, q), search: target.slice(q + 1) };
}
export {
  TOO_LARGE,
  splitTarget
};
