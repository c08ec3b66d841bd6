/*
 * Values computed at send time, set as local variables before the request is signed (so they are
 * resolved in the hashed body exactly as sent). Request-level pre-request scripts run AFTER the
 * collection's signing script, so anything a signed body needs must be set here or by an earlier
 * request's test script.
 *   {{currentMonth}}  this month, "YYYY-MM" (UTC)
 *   {{inThirtyDays}}  now + 30 days, RFC 3339 UTC without fractions (pricing override expiry)
 */
(function () {
    var now = new Date();
    pm.variables.set('currentMonth', now.toISOString().slice(0, 7));
    pm.variables.set('inThirtyDays', new Date(now.getTime() + 30 * 86400 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'));
})();
