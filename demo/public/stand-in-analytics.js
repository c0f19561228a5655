// A stand-in for a real analytics tag. It sends nothing and stores nothing: it only records a page view in the
// data layer. The demo loads it through Candor's gating, so it runs only once the shopper allows "Analytics".
window.dataLayer = window.dataLayer || [];
window.dataLayer.push({ event: "stand-in-analytics:page_view", page: location.pathname });
window.standInAnalytics = (window.standInAnalytics || 0) + 1;
