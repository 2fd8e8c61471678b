# The two commands a newcomer needs: `make run` and `make test` (see README.md).
SHELL := /bin/bash
# Builds are cached outside the clone so a fresh clone on the same machine starts warm.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/pitchline/target
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export RUST_BACKTRACE := 0
# Where cargo-leptos puts the built site; the server reads it at run time.
export LEPTOS_SITE_ROOT := $(CURDIR)/target/site
export LEPTOS_OUTPUT_NAME := pitchline
export LEPTOS_SITE_PKG_DIR := pkg
export LEPTOS_ENV := PROD
# cargo-leptos writes hash.txt beside the binary; the server reads it to name /pkg files.
export LEPTOS_HASH_FILES := true

.PHONY: run test bench build bundle-budget setup clean

setup:
	@scripts/setup.sh

build: setup
	scripts/build-site.sh

# Records the current browser bundle size as its budget (after a deliberate growth).
bundle-budget: setup
	scripts/build-site.sh --update-budget

run: build
	$(CARGO_TARGET_DIR)/release/pitchline serve --demo

test:
	@scripts/test.sh

# Decision-quality and speed measurements (never timed tests); see BENCHMARKS.md.
# scripts/bench.sh installs oha once, builds the release server, seeds the conference
# scale and puts every main page under HTTP load (about 10 minutes).
bench:
	cargo bench -p domain --bench ranking
	cargo bench -p domain --bench aggregate
	cargo bench -p domain --bench schedule
	cargo bench -p domain --bench meetings
	cargo bench -p server --bench showcase
	cargo bench -p server --bench judging
	scripts/bench.sh

clean:
	rm -rf target node_modules end2end/node_modules
