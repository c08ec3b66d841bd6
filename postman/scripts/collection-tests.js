/*
 * Collection-level tests: run after every request, before its own tests (which check the status
 * code and the response schema from openapi.yaml). Injected by postman/generate.mjs.
 */
pm.test('PayCrypt-Request-Id header is present', function () {
    pm.response.to.have.header('PayCrypt-Request-Id');
    pm.expect(pm.response.headers.get('PayCrypt-Request-Id')).to.match(/^req_[A-Za-z0-9]{24}$/);
});

pm.test('the body is JSON (application/json or application/problem+json)', function () {
    pm.expect(pm.response.headers.get('Content-Type') || '').to.match(/^application\/(problem\+)?json/);
});

// An unexpected error is easier to read in the newman output with its problem details.
if (pm.response.code >= 400) {
    try {
        var problem = pm.response.json();
        console.log(pm.info.requestName + ': ' + pm.response.code + ' ' + problem.code + ' - ' + (problem.detail || problem.title));
    } catch (e) { /* not JSON: the content-type test above fails */ }
}
