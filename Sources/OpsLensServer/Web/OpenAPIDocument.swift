/// The OpenAPI 3.1 description of the service, served at `/api/v1/openapi.json`.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "OpsLens",
        "version": "1",
        "description": "Screen investment holdings against restricted lists (OFAC SDN, NS-CMIC, in-house). Every run is recorded in a tamper-evident audit trail."
      },
      "security": [{"bearer": []}],
      "paths": {
        "/api/v1/screen": {
          "post": {
            "summary": "Screen one or more holdings files",
            "description": "A text/csv body (named by the name parameter) or multipart/form-data with one or more files. The attempt is audited, refused ones included.",
            "parameters": [
              {"name": "asOf", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "Evaluate rules and lists as of this date (default today, UTC)."},
              {"name": "failOn", "in": "query", "schema": {"$ref": "#/components/schemas/FailOn"}},
              {"name": "portfolio", "in": "query", "schema": {"type": "string"}, "description": "Portfolio of files whose rows name none (default: the file's name)."},
              {"name": "name", "in": "query", "schema": {"type": "string"}, "description": "The file name of a text/csv body (default upload.csv)."}
            ],
            "requestBody": {
              "required": true,
              "content": {
                "text/csv": {"schema": {"type": "string"}},
                "multipart/form-data": {"schema": {"type": "object", "properties": {"file": {"type": "array", "items": {"type": "string", "format": "binary"}}}}}
              }
            },
            "responses": {
              "200": {
                "description": "The screening report (schema 1.0 of the JSON report). X-OpsLens-Outcome says passed or failed at failOn.",
                "headers": {
                  "X-OpsLens-Run-Id": {"schema": {"type": "integer"}},
                  "X-OpsLens-Outcome": {"schema": {"type": "string", "enum": ["passed", "failed"]}}
                },
                "content": {"application/json": {"schema": {"type": "object"}}}
              },
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Error"},
              "408": {"$ref": "#/components/responses/Error"},
              "413": {"$ref": "#/components/responses/Error"},
              "422": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/v1/check": {
          "post": {
            "summary": "The pre-trade check: one decision (allow, warn, review, block) per order, as opslens check decides",
            "description": "Orders as the check takes them: an orders CSV (text/csv), one order per line (short form such as BUY 1000 0020 HK, or a JSON object), or a JSON array of such strings and objects. The attempt is audited, refused ones included.",
            "parameters": [
              {"name": "asOf", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "Trade date of orders that give none (default today, UTC)."},
              {"name": "failOn", "in": "query", "schema": {"type": "string", "enum": ["block", "review", "warn"], "default": "block"}},
              {"name": "name", "in": "query", "schema": {"type": "string"}, "description": "What to call the orders in errors and the audit trail (default orders)."}
            ],
            "requestBody": {
              "required": true,
              "content": {"text/csv": {"schema": {"type": "string"}}, "text/plain": {"schema": {"type": "string"}}, "application/json": {"schema": {"type": "array", "items": {}}}}
            },
            "responses": {
              "200": {
                "description": "The worst decision, whether it fails at failOn, and every decision with its reason, resolutions and findings.",
                "headers": {"X-OpsLens-Run-Id": {"schema": {"type": "integer"}}, "X-OpsLens-Outcome": {"schema": {"type": "string", "enum": ["passed", "failed"]}}},
                "content": {"application/json": {"schema": {"type": "object", "properties": {"decision": {"type": "string"}, "failOn": {"type": "string"}, "decisions": {"type": "array", "items": {"type": "object"}}}}}}
              },
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Error"},
              "413": {"$ref": "#/components/responses/Error"},
              "422": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/v1/runs": {
          "get": {
            "summary": "List runs, newest first (a token sees its own runs unless it is an admin token)",
            "parameters": [
              {"name": "from", "in": "query", "schema": {"type": "string"}, "description": "Date or ISO 8601 time."},
              {"name": "to", "in": "query", "schema": {"type": "string"}, "description": "Date (whole day included) or ISO 8601 time."},
              {"name": "portfolio", "in": "query", "schema": {"type": "string"}},
              {"name": "file", "in": "query", "schema": {"type": "string"}, "description": "Part of an uploaded file's name."},
              {"name": "outcome", "in": "query", "schema": {"type": "string", "enum": ["passed", "failed", "rejected"]}},
              {"name": "before", "in": "query", "schema": {"type": "integer"}, "description": "Only runs with a smaller id (paging)."},
              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 10000, "default": 100}}
            ],
            "responses": {
              "200": {"description": "Runs", "content": {"application/json": {"schema": {"type": "object", "properties": {"runs": {"type": "array", "items": {"$ref": "#/components/schemas/Run"}}}}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "401": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/v1/runs/{id}": {
          "get": {
            "summary": "A run as recorded: who, when, inputs with sizes and SHA-256, rules and lists in force, and the report (or the error that refused the input)",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
            "responses": {
              "200": {"description": "The run", "content": {"application/json": {"schema": {"type": "object", "properties": {"run": {"$ref": "#/components/schemas/Run"}, "rules": {"type": "object"}, "report": {"type": "object"}}}}}},
              "404": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/v1/runs/{id}/report": {
          "get": {
            "summary": "The run's report rendered as it was",
            "parameters": [
              {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}},
              {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["json", "html", "csv", "sarif", "markdown", "text", "junit"], "default": "json"}}
            ],
            "responses": {
              "200": {"description": "The report in the format asked for"},
              "404": {"$ref": "#/components/responses/Error"},
              "409": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/v1/rules": {
          "get": {
            "summary": "The rules and lists in force, with hashes and vintage",
            "responses": {"200": {"description": "Rules and lists", "content": {"application/json": {"schema": {"type": "object"}}}}}
          }
        },
        "/api/v1/audit/export": {
          "get": {
            "summary": "Every run in a date range with its inputs' hashes, rules' hashes, findings and chain hashes",
            "parameters": [
              {"name": "from", "in": "query", "schema": {"type": "string"}},
              {"name": "to", "in": "query", "schema": {"type": "string"}},
              {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["json", "csv"], "default": "json"}}
            ],
            "responses": {
              "200": {"description": "The export; CSV is formula-safe", "content": {"application/json": {}, "text/csv": {}}},
              "400": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/v1/admin/reload": {
          "post": {
            "summary": "Reload the rules and lists (admin); a failed reload keeps the old ones serving",
            "responses": {
              "200": {"description": "Reloaded", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Reload"}}}},
              "403": {"$ref": "#/components/responses/Error"},
              "422": {"description": "Not reloaded: error says why; the old rules still serve", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Reload"}}}}
            }
          }
        },
        "/healthz": {"get": {"summary": "The process is up", "security": [], "responses": {"200": {"description": "ok"}}}},
        "/readyz": {"get": {"summary": "Rules loaded and the audit database answers", "security": [], "responses": {"200": {"description": "ready"}, "503": {"description": "not ready"}}}},
        "/api/v1/openapi.json": {"get": {"summary": "This document", "security": [], "responses": {"200": {"description": "OpenAPI 3.1"}}}}
      },
      "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "responses": {
          "Error": {"description": "An error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "schemas": {
          "FailOn": {"type": "string", "enum": ["block", "warn", "review", "data", "never"], "default": "block"},
          "Error": {
            "type": "object",
            "properties": {"error": {"type": "object", "required": ["status", "code", "message"], "properties": {
              "status": {"type": "integer"}, "code": {"type": "string"}, "message": {"type": "string", "description": "file:line:column: message, as the command line prints it"},
              "file": {"type": "string"}, "line": {"type": "integer"}, "column": {"type": "integer"}}}}
          },
          "Input": {"type": "object", "properties": {"name": {"type": "string"}, "size": {"type": "integer"}, "sha256": {"type": "string"}}},
          "Run": {
            "type": "object",
            "properties": {
              "id": {"type": "integer"}, "recordedAt": {"type": "string"}, "actor": {"type": "string"}, "kind": {"type": "string"},
              "outcome": {"type": "string", "enum": ["passed", "failed", "rejected"]}, "httpStatus": {"type": "integer"},
              "asOf": {"type": "string"}, "failOn": {"type": "string"}, "portfolio": {"type": "string"},
              "inputs": {"type": "array", "items": {"$ref": "#/components/schemas/Input"}}, "findings": {"type": "integer"},
              "rulesSHA256": {"type": "string"}, "matcherVersion": {"type": "string"}, "previousHash": {"type": "string"}, "rowHash": {"type": "string"}
            }
          },
          "Reload": {"type": "object", "properties": {"reloaded": {"type": "boolean"}, "loadedAt": {"type": "string"}, "rulesSHA256": {"type": "string"}, "error": {"type": "string"}}}
        }
      }
    }
    """#
}
