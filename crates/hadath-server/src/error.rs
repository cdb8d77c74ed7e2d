//! Errors as the API reports them: a status code and `{"error": "..."}`.
//!
//! Bad parameters are 400, unknown documents 404, bodies over the limit 413, slow queries
//! and a full server 503; 500 is kept for faults of the server itself (and never caused by
//! what a request contains).

use axum::Json;
use axum::body::Body;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::http::{HeaderValue, Response, StatusCode, header};
use axum::response::IntoResponse;
use hadath_store::StoreError;

/// An error answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError { status, message: message.into() }
    }

    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }

    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }

    pub fn unavailable(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::SERVICE_UNAVAILABLE, message)
    }

    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> axum::response::Response {
        (self.status, Json(serde_json::json!({ "error": self.message }))).into_response()
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        if hadath_store::views::is_interrupted(&e) {
            return ApiError::unavailable("the query took too long and was stopped; narrow the filters");
        }
        match e {
            StoreError::Invalid(m) => ApiError::bad_request(m),
            other => {
                eprintln!("hadath serve: store error: {other}");
                ApiError::internal("database error (see the server log)")
            }
        }
    }
}

impl From<QueryRejection> for ApiError {
    fn from(r: QueryRejection) -> ApiError {
        ApiError::bad_request(r.body_text())
    }
}

impl From<PathRejection> for ApiError {
    fn from(r: PathRejection) -> ApiError {
        ApiError::bad_request(r.body_text())
    }
}

impl From<JsonRejection> for ApiError {
    fn from(r: JsonRejection) -> ApiError {
        let status = r.status();
        // Too long is 413, a body that is not declared JSON 415; anything else wrong with it
        // (bad syntax, wrong shape) is a bad parameter: 400.
        match status {
            StatusCode::PAYLOAD_TOO_LARGE => {
                ApiError::new(status, format!("the request body is over the limit of {} bytes", crate::MAX_BODY_BYTES))
            }
            StatusCode::UNSUPPORTED_MEDIA_TYPE => ApiError::new(status, r.body_text()),
            _ => ApiError::bad_request(r.body_text()),
        }
    }
}

/// Rewrites error answers that did not come from a handler (no route, wrong method, body too
/// long, timeout) into the API's JSON shape; handler errors are JSON already.
pub async fn json_errors(response: Response<Body>) -> Response<Body> {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if is_json {
        return response;
    }
    let message = match status {
        StatusCode::NOT_FOUND => "no such page or endpoint (see /api/openapi.json)".to_string(),
        StatusCode::METHOD_NOT_ALLOWED => "method not allowed for this endpoint (see /api/openapi.json)".to_string(),
        StatusCode::PAYLOAD_TOO_LARGE => format!("the request body is over the limit of {} bytes", crate::MAX_BODY_BYTES),
        StatusCode::REQUEST_TIMEOUT | StatusCode::SERVICE_UNAVAILABLE => "the request took too long".to_string(),
        s => s.canonical_reason().unwrap_or("error").to_string(),
    };
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    let body = serde_json::json!({ "error": message }).to_string();
    Response::from_parts(parts, Body::from(body))
}
