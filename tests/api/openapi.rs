//! The OpenAPI document (`/api/v1/openapi.json`) against the server itself: Schemathesis
//! (from PyPI; `make test` installs it into `target/schemathesis`) generates requests from the
//! document, valid and not, for every operation, signed in as a chair, and checks every
//! answer: never a 5xx, every status documented, every body and content type as the document
//! says. A bounded run (25 cases an operation, a fixed seed), with real ids and codes mixed in
//! so the operations reach past "not found".

use reqwest::StatusCode;
use serde_json::json;
use std::path::PathBuf;
use tests::{TestApp, both, client};

fn schemathesis() -> PathBuf {
    std::env::var_os("TIPTOES_SCHEMATHESIS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/schemathesis/bin/st"))
}

async fn the_api_keeps_to_its_openapi_document(app: TestApp) {
    // The document itself: OpenAPI 3.1, every route of the README's table.
    let (s, doc) = app.get_json(&client(), "/api/v1/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(doc["openapi"], "3.1.0");
    for path in ["/api/v1/session", "/api/v1/meetings/{id}/outcome", "/api/v1/figures/participation", "/api/v1/kiosk/views", "/api/v1/participants/{id}/erase"] {
        assert!(doc["paths"].get(path).is_some(), "{path} is documented");
    }

    // Something real to find: a meeting a week ahead with views, one yesterday.
    let chair = app.chair().await;
    let ahead = app.meeting(&chair, "icpc", 7).await;
    let past = app.meeting(&chair, "rcpc", -1).await;
    let code = |m: &serde_json::Value, i: usize| m["participants"][i]["invite_code"].as_str().unwrap().to_string();
    let (s, receipt) = app
        .post_json(&client(), "/api/v1/kiosk/views", json!({ "code": code(&ahead, 0), "submission_id": uuid::Uuid::new_v4(), "answers": { "wishes": { "text": "a dog", "visibility": "everyone" } } }))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let mut ids = vec![ahead["id"].clone(), past["id"].clone(), receipt["id"].clone()];
    ids.extend(ahead["participants"].as_array().unwrap().iter().map(|p| p["id"].clone()));
    let codes = [code(&ahead, 0), code(&ahead, 1), code(&past, 0), code(&past, 1)];
    let config = format!(
        "[dictionaries.ids]\nvalues = {}\n\n[dictionaries.codes]\nvalues = {}\n\n[parameters]\n\
         \"path.id\" = {{ dictionary = \"ids\", probability = 0.7 }}\n\
         \"path.views_id\" = {{ dictionary = \"ids\", probability = 0.7 }}\n\
         \"body.code\" = {{ dictionary = \"codes\", probability = 0.7 }}\n",
        json!(ids),
        json!(codes)
    );
    let config_file = app.dir.join("schemathesis.toml");
    std::fs::write(&config_file, config).unwrap();

    // The chair's session, as a header for every request.
    let cookie = app.session_cookie(&client(), "chair@example.org").await;

    let out = tokio::process::Command::new(schemathesis())
        .arg("--config-file")
        .arg(&config_file)
        .args(["run", &app.url("/api/v1/openapi.json"), "--header", &format!("Cookie: {cookie}")])
        .args(["--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance"])
        // Signing out would end the run's own session.
        .args(["--exclude-operation-id", "sign_out"])
        .args(["--max-examples", "25", "--seed", "20261130", "--workers", "1", "--no-color", "--request-timeout", "20"])
        .current_dir(&app.dir)
        .output()
        .await
        .unwrap_or_else(|e| panic!("cannot run {} ({e}): make test installs it (.ci/tools.sh --test)", schemathesis().display()));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "Schemathesis found answers that break the document:\n{report}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(report.contains("passed"), "{report}");
    // The server never failed inside, whatever was sent.
    assert!(!report.contains("Server error"), "{report}");
}
both!(the_api_keeps_to_its_openapi_document);
