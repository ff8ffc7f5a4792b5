"""The LRS's error: an HTTP status from the xAPI specification and a sentence saying what was wrong."""


class LRSError(Exception):
    """Answered as `{"error": {"status": ..., "message": ..., "location": ...}}` with that status.

    Statuses are the ones xAPI names: 400, 401, 403, 404, 409, 412, 413 (never 422), and 429 when a
    key or an address has failed authentication too often; an unexpected failure is answered as a
    500 in the same shape by `http.xapi_resource`.
    """

    def __init__(self, status, message, location=None, headers=None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.location = location
        self.headers = headers or {}

    def as_json(self):
        body = {"status": self.status, "message": self.message}
        if self.location:
            body["location"] = self.location
        return {"error": body}
