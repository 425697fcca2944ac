//! Team scopes on ingest: what a team-scoped token exports is stored with that team as
//! `coxswain.team` on every span, log record and metric data point, whatever the sender claimed, so no exporter
//! can write another team's sessions. The rewrite happens before the request is buffered: the
//! buffer (and so every forwarder, assembly and any rebuild) holds the enforced team, and
//! nothing is acknowledged before that rewritten request is durable.

use coxswain_proto::telemetry::common;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::{AnyValue, KeyValue, any_value};

/// Drops every `coxswain.team` claim and adds `team`.
fn stamp(attrs: &mut Vec<KeyValue>, team: &str) {
    attrs.retain(|a| a.key != common::TEAM);
    attrs.push(KeyValue {
        key: common::TEAM.to_string(),
        value: Some(AnyValue { value: Some(any_value::Value::StringValue(team.to_string())) }),
        ..Default::default()
    });
}

/// Stamps `team` on every span (and drops a resource-level claim).
pub fn stamp_traces(req: &mut ExportTraceServiceRequest, team: &str) {
    for rs in &mut req.resource_spans {
        if let Some(r) = rs.resource.as_mut() {
            r.attributes.retain(|a| a.key != common::TEAM);
        }
        for ss in &mut rs.scope_spans {
            for s in &mut ss.spans {
                stamp(&mut s.attributes, team);
            }
        }
    }
}

/// Stamps `team` on every log record (and drops a resource-level claim).
pub fn stamp_logs(req: &mut ExportLogsServiceRequest, team: &str) {
    for rl in &mut req.resource_logs {
        if let Some(r) = rl.resource.as_mut() {
            r.attributes.retain(|a| a.key != common::TEAM);
        }
        for sl in &mut rl.scope_logs {
            for l in &mut sl.log_records {
                stamp(&mut l.attributes, team);
            }
        }
    }
}

/// Stamps `team` on every metric data point (and drops a resource-level claim).
pub fn stamp_metrics(req: &mut ExportMetricsServiceRequest, team: &str) {
    for rm in &mut req.resource_metrics {
        if let Some(r) = rm.resource.as_mut() {
            r.attributes.retain(|a| a.key != common::TEAM);
        }
        for sm in &mut rm.scope_metrics {
            for m in &mut sm.metrics {
                super::validate::retain_points(m, |attrs, _| {
                    stamp(attrs, team);
                    true
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use opentelemetry_proto::tonic::resource::v1::Resource;
    use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span};

    fn team_kv(v: &str) -> KeyValue {
        KeyValue {
            key: common::TEAM.into(),
            value: Some(AnyValue { value: Some(any_value::Value::StringValue(v.into())) }),
            ..Default::default()
        }
    }

    #[test]
    fn the_token_team_replaces_every_claim() {
        let span = |claims: Vec<KeyValue>| Span { attributes: claims, ..Default::default() };
        let mut req = ExportTraceServiceRequest {
            resource_spans: vec![ResourceSpans {
                resource: Some(Resource { attributes: vec![team_kv("b")], ..Default::default() }),
                scope_spans: vec![ScopeSpans {
                    spans: vec![span(vec![team_kv("b"), team_kv("c")]), span(vec![])],
                    ..Default::default()
                }],
                ..Default::default()
            }],
        };
        stamp_traces(&mut req, "a");
        let rs = &req.resource_spans[0];
        assert!(rs.resource.as_ref().unwrap().attributes.is_empty());
        for s in &rs.scope_spans[0].spans {
            assert_eq!(s.attributes, vec![team_kv("a")]);
        }
    }
}
