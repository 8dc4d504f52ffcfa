// Starts the page's JavaScript once the prerendered HTML has been painted (decision 72): the
// first view needs only the HTML and the CSS, and the script that hydrates it no longer delays
// that paint. A classic deferred script, so that it can read its own data-main attribute.
{
  const main = document.currentScript?.getAttribute('data-main');
  let started = !main;
  const start = () => {
    if (started) return;
    started = true;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = main;
    document.head.append(script);
  };
  // A link with a query or a fragment is rendered afresh over the build's page, which does not
  // show what it asks for: its script starts at once.
  if (location.search !== '' || location.hash !== '') start();
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(start);
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // A browser that does not report paints: start now.
    start();
  }
  // One that never paints this page (a tab opened in the background) starts a second after load.
  addEventListener('load', () => setTimeout(start, 1000));
}
