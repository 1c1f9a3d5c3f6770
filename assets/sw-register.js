// Registers the service worker that keeps the app working offline (sw.js, beside this file
// at the site's root), and offers a new version when one is ready. The new version takes
// over only when the user reloads through the offer, so a page never mixes old and new files.
(() => {
  if (!("serviceWorker" in navigator)) return;
  const here = document.currentScript.src;
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloading) location.reload();
  });
  const offer = (worker) => {
    if (document.getElementById("update-ready")) return;
    const bar = document.createElement("div");
    bar.id = "update-ready";
    bar.className = "update-ready";
    bar.setAttribute("role", "status");
    bar.append("A new version of the app is ready. ");
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Reload to update";
    button.addEventListener("click", () => {
      reloading = true;
      worker.postMessage({ type: "activate-update" });
    });
    bar.append(button);
    document.body.prepend(bar);
  };
  // Registered once the app is running and the browser is idle: installing caches every
  // page's files, which must not compete with this page's own first load.
  const register = () => navigator.serviceWorker.register(new URL("sw.js", here), { scope: new URL("./", here).href }).then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
    registration.addEventListener("updatefound", () => {
      const worker = registration.installing;
      worker?.addEventListener("statechange", () => {
        if (worker.state === "installed" && navigator.serviceWorker.controller) offer(worker);
      });
    });
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible") registration.update().catch(() => {});
    });
  }).catch(() => {});
  const whenIdle = () => ("requestIdleCallback" in window ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 2000));
  addEventListener("TrunkApplicationStarted", whenIdle, { once: true });
})();
