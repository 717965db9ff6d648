# quotes: build, test, demo. Every target installs what it needs (Debian packages) when missing.
SWIFT ?= swift
APT_PACKAGES := libpcre2-dev libxml2-dev pkg-config
BIN := .build/release/quotes

.PHONY: deps demo build release release-static test format lint eval chromium bench fuzz sanitize sanitize-address sanitize-thread docs clean spark-example

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi

chromium:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product quotes

## The command with the Swift runtime and FoundationEssentials linked in (.build-static/release/quotes, about
## 32 MB): for machines without Swift, such as Spark workers: besides the C and C++ system libraries it needs only
## libpcre2 and libxml2 (`ldd` lists them, with what libxml2 needs). It also starts faster.
release-static: deps
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path .build-static --product quotes

## The main job on the bundled corpus: every quote and its speaker.
demo: release
	$(BIN) extract --format table corpus/articles

## All tests (unit, corpus, built binary, HTML in headless Chromium).
test: deps chromium release
	$(SWIFT) build --build-tests
	QUOTES_BIN=$(CURDIR)/$(BIN) $(SWIFT) test --skip-build

## Scores the shared dev sets with the reference scorer.
eval: release
	@for s in seed/gold polnear/dev pdnc/dev; do \
	  printf '%-12s ' $$s; $(BIN) extract ../shared/eval/data/$$s.jsonl \
	  | python3 ../shared/eval/score.py ../shared/eval/data/$$s.jsonl - --json \
	  | python3 -c 'import json,sys; r=json.load(sys.stdin); print("attribution F1 %.3f  quote overlap F1 %.3f" % (r["attribution"]["f1"], r["quote_overlap"]["f1"]))'; \
	done

## Per-speaker quote counts with Spark (local[2]) over temporary JSON Lines shards of
## corpus/articles (plus the polnear dev set when present), checked against one plain run.
SPARK_OUT ?= .build/spark-example
POLNEAR_DEV := ../shared/eval/data/polnear/dev.jsonl
spark-example: release
	@command -v java >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null; }
	@python3 -c 'import pyspark' 2>/dev/null || python3 -m pip install -q pyspark
	@set -e; shards=$$(mktemp -d); trap 'rm -rf "$$shards"' EXIT; \
	python3 examples/spark/shard.py --shards 4 --out $$shards corpus/articles/*.txt $$(ls $(POLNEAR_DEV) 2>/dev/null); \
	python3 examples/spark/quotes_job.py --master 'local[2]' --binary $(CURDIR)/$(BIN) --out $(SPARK_OUT) $$shards; \
	python3 examples/spark/check.py --binary $(CURDIR)/$(BIN) --out $(SPARK_OUT) $$shards

## DocC documentation for the QuoteAttribution library, as a static site in .build/docs.
docs: deps
	$(SWIFT) package --allow-writing-to-directory .build/docs generate-documentation \
	  --target QuoteAttribution --output-path .build/docs --disable-indexing --transform-for-static-hosting

## Formats the Swift sources with the toolchain's swift-format (config: .swift-format).
format:
	$(SWIFT) format -i -r Sources Tests Benchmarks Fuzz

lint:
	$(SWIFT) format lint -r Sources Tests Benchmarks Fuzz

clean:
	rm -rf .build

## Benchmark: raw PCRE2 ceiling, end-to-end MB/s on 1 and 2 threads, peak RSS, start-up (see BENCHMARKS.md).
## BENCH_BUILD selects the scratch path (e.g. make bench BENCH_BUILD=.build-bench); BENCH_ARGS adds options (--json).
BENCH_BUILD ?= .build
BENCH_MB ?= 100
BENCH_ARGS ?=
bench: deps
	$(SWIFT) build -c release --scratch-path $(BENCH_BUILD) --product quotes
	$(SWIFT) build -c release --scratch-path $(BENCH_BUILD) --product quotes-bench
	$(BENCH_BUILD)/release/quotes-bench --megabytes $(BENCH_MB) --quotes-bin $(BENCH_BUILD)/release/quotes $(BENCH_ARGS)

## libFuzzer over QuoteAnalyzer: compiles the library sources with the fuzzer entry point (not a SwiftPM target).
## New inputs go to .build-fuzz/corpus (Fuzz/seeds stays clean); crashes go to Fuzz/crashes/.
FUZZ_DIR := .build-fuzz
FUZZ_BIN := $(FUZZ_DIR)/analyzer-fuzzer
FUZZ_RUNS ?= 1000000
FUZZ_ARGS ?=
fuzz: deps
	@mkdir -p $(FUZZ_DIR)/corpus Fuzz/crashes
	cd $(FUZZ_DIR) && swiftc -sanitize=fuzzer,address -parse-as-library -swift-version 6 -O -wmo -g \
	  -module-name QuoteAttribution -I $(CURDIR)/Sources/CPCRE2 -lpcre2-8 \
	  $$(find $(CURDIR)/Sources/QuoteAttribution -name '*.swift' | sort) $(CURDIR)/Fuzz/AnalyzerFuzzer/main.swift \
	  -o $(CURDIR)/$(FUZZ_BIN)
	$(FUZZ_BIN) -runs=$(FUZZ_RUNS) -max_len=4096 -print_final_stats=1 -artifact_prefix=Fuzz/crashes/ \
	  $(FUZZ_ARGS) $(FUZZ_DIR)/corpus Fuzz/seeds

## Tests under AddressSanitizer, then ThreadSanitizer (swift-testing runs tests in parallel, so all tests run).
## Sanitizers/lsan.supp suppresses leaks inside libXCTest and Foundation.Process (toolchain, not project code).
TSAN_FILTER ?=
sanitize: sanitize-address sanitize-thread

## The whole test suite under AddressSanitizer (CI runs this one) and under ThreadSanitizer. The tests that run
## the `quotes` command run a build of it under the same sanitizer, so its threads and buffers are checked too
## (a finding makes the command exit non-zero, and the test fails).
sanitize-address: deps
	@start=$$(date +%s); $(SWIFT) build --sanitize=address --scratch-path .build-asan --product quotes && \
	  QUOTES_BIN=$(CURDIR)/.build-asan/debug/quotes LSAN_OPTIONS=suppressions=$(CURDIR)/Sanitizers/lsan.supp $(SWIFT) test --sanitize=address --scratch-path .build-asan; rc=$$?; \
	  echo "sanitize: address: exit $$rc after $$(( $$(date +%s) - start )) s"; test $$rc -eq 0

sanitize-thread: deps
	@start=$$(date +%s); $(SWIFT) build --sanitize=thread --scratch-path .build-tsan --product quotes && \
	  QUOTES_BIN=$(CURDIR)/.build-tsan/debug/quotes $(SWIFT) test --sanitize=thread --scratch-path .build-tsan $(TSAN_FILTER); rc=$$?; \
	  echo "sanitize: thread: exit $$rc after $$(( $$(date +%s) - start )) s"; test $$rc -eq 0

