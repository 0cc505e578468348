//! The committed JSON Schema is the one generated from the wire types; they must not drift.

use std::path::Path;

#[test]
fn committed_schema_matches_the_wire_types() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/comparison.schema.json");
    let generated = govdiff::render::json::schema();
    if std::env::var_os("GOVDIFF_UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "schema/comparison.schema.json is out of date with src/render/json.rs; \
         review the change and regenerate it with GOVDIFF_UPDATE_SCHEMA=1 cargo test --test schema"
    );
}

#[test]
fn the_schema_describes_the_documented_fields() {
    let schema: serde_json::Value = serde_json::from_str(&govdiff::render::json::schema()).unwrap();
    let properties = schema["properties"].as_object().unwrap();
    for field in ["schema_version", "old", "new", "summary", "sections", "warnings"] {
        assert!(properties.contains_key(field), "{field}");
    }
    let section = &schema["$defs"]["Section"]["properties"];
    for field in ["level", "status", "old", "new", "similarity", "changes"] {
        assert!(section.get(field).is_some(), "Section.{field}");
    }
}
