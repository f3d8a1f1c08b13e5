# Thin convenience layer over CMake presets (as neovim does): the README's two
# commands are `make run` and `make test`.
PRESET ?= $(if $(CI),ci,dev)
BUILD_DIR := build/$(PRESET)
ARGS ?=

.PHONY: all deps configure build run test bench test-asan fuzz package clean translations

all: build

deps:
	@./scripts/install-deps

configure: deps
	cmake --preset $(PRESET)

build: configure
	cmake --build --preset $(PRESET)

run: build
	$(BUILD_DIR)/app/neuvo $(ARGS)

test: build
	ctest --preset $(PRESET)

# Each row of docs/performance.md: Neuvo's time and peak memory beside a
# baseline measured in the same run (Release build, build/bench). The default
# size finishes in minutes; `make bench BENCH_CLIENTS=10000` is the full one.
BENCH_CLIENTS ?= 1000
bench: deps
	cmake --preset bench
	cmake --build --preset bench --target neuvo-bench
	build/bench/benchmarks/neuvo-bench run --clients $(BENCH_CLIENTS)

# The whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer
# (build/asan). CI runs it after `make test`; see docs/data-safety.md.
test-asan: deps
	cmake --preset asan
	cmake --build --preset asan
	ctest --preset asan

# libFuzzer targets (clang) for the CSV reader, the JSON import and money
# parsing, each run for NEUVO_FUZZ_RUNS inputs (build/fuzz).
fuzz: deps
	./scripts/install-deps --fuzz
	cmake --preset fuzz
	cmake --build --preset fuzz --target fuzz_csv fuzz_csv_dialect fuzz_json_import fuzz_money
	ctest --preset fuzz

# The Debian package build/<preset>/neuvo_<version>_<arch>.deb (CPack), then
# packaging/check-package: its files, an install into a scratch root that
# runs both programs, lintian, desktop-file-validate, appstreamcli. Its own
# Release-like build (build/package); CI packages the build/ci tree that
# `make test` has just built and tested instead of compiling everything again
# (same build type, and the tests are not installed).
PACKAGE_PRESET ?= $(if $(CI),ci,package)
package: deps
	./scripts/install-deps --package
	cmake --preset $(PACKAGE_PRESET)
	cmake --build --preset $(PACKAGE_PRESET)
	rm -f build/$(PACKAGE_PRESET)/neuvo_*.deb
	cpack --preset $(PACKAGE_PRESET)
	packaging/check-package build/$(PACKAGE_PRESET)/neuvo_*.deb

translations: configure
	cmake --build --preset $(PRESET) --target update_translations

clean:
	rm -rf build
