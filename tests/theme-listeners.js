// Counts the "change" listeners on any media query list, added less removed, in
// window.themeListeners: a brief that follows the system's theme listens to one. Shared by the
// browser test (tests/web.rs) and the host-page test (e2e/embed-direct-mount.spec.mjs).
if (window.themeListeners === undefined) {
  window.themeListeners = 0;
  const proto = MediaQueryList.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  proto.addEventListener = function (type, ...rest) {
    if (type === 'change') window.themeListeners += 1;
    return add.call(this, type, ...rest);
  };
  proto.removeEventListener = function (type, ...rest) {
    if (type === 'change') window.themeListeners -= 1;
    return remove.call(this, type, ...rest);
  };
}
