# The two commands of the README, and the steps they are made of.
SHELL := bash
# wasm-opt for release builds comes from npm's binaryen 132 (Debian's 108 breaks hydration).
export PATH := $(CURDIR)/end2end/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Build output outside the clone, shared by every clone on this machine: a fresh clone (as CI
# makes for each run) rebuilds only the workspace's own crates, not the 500 dependencies.
# The built site (`target/site`) stays in the clone.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/socialokonomi/target

.PHONY: run test setup test-rust build-release bundle-size test-e2e bench bench-registry

## Serve the app at http://127.0.0.1:3000 with demo data on SQLite (data/socialokonomi.db).
## The server writes demo data only when asked (SEED_DEMO=true); `make run SEED_DEMO=false`
## serves an empty database.
run: export SEED_DEMO ?= true
run: setup
	cargo leptos serve --split

## Every test suite: unit + integration (SQLite and PostgreSQL), release build, bundle budget,
## Playwright with JavaScript on and off, axe-core.
test: setup
	.ci/test

setup:
	.ci/setup

test-rust:
	.ci/test rust

build-release:
	cargo leptos build --release --split --precompress

bundle-size:
	.ci/bundle-size

test-e2e:
	.ci/test e2e

## Requests/s of each kind of request against /healthz, peak memory, bundle (a minute).
bench: setup build-release
	bench/throughput.sh

## The registry at 1 000, 10 000 and 100 000 companies on SQLite and PostgreSQL (minutes).
bench-registry: setup build-release
	bench/registry.sh
