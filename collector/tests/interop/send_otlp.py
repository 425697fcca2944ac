"""Sends spans and log records to a Coxswain collector with the Python OpenTelemetry SDK.

Usage: python send_otlp.py http://127.0.0.1:PORT SPAN_COUNT
The spans carry int, string, bool and double attributes; the interop test checks they arrive
intact. Spans go gzip-compressed, log records uncompressed.
"""
import logging
import sys

from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter
from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
from opentelemetry.exporter.otlp.proto.grpc.exporter import Compression
from opentelemetry.sdk._logs import LoggerProvider, LoggingHandler
from opentelemetry.sdk._logs.export import BatchLogRecordProcessor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor


def main() -> int:
    endpoint, count = sys.argv[1], int(sys.argv[2])
    resource = Resource.create({"service.name": "python-interop"})

    tracer_provider = TracerProvider(resource=resource)
    tracer_provider.add_span_processor(
        BatchSpanProcessor(
            OTLPSpanExporter(endpoint=endpoint, insecure=True, compression=Compression.Gzip)
        )
    )
    tracer = tracer_provider.get_tracer("interop")
    for i in range(count):
        with tracer.start_as_current_span(f"py-span-{i}") as span:
            span.set_attribute("py.int", i)
            span.set_attribute("py.str", f"value-{i}")
            span.set_attribute("py.bool", i % 2 == 0)
            span.set_attribute("py.double", i + 0.5)

    logger_provider = LoggerProvider(resource=resource)
    logger_provider.add_log_record_processor(
        BatchLogRecordProcessor(OTLPLogExporter(endpoint=endpoint, insecure=True))
    )
    handler = LoggingHandler(level=logging.INFO, logger_provider=logger_provider)
    log = logging.getLogger("interop")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.info("hello from python", extra={"py.int": 42, "py.str": "s", "py.bool": True, "py.double": 2.5})

    ok = tracer_provider.force_flush() and logger_provider.force_flush()
    tracer_provider.shutdown()
    logger_provider.shutdown()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
