# Thin convenience layer over CMake presets (as neovim does): the README's two
# commands are `make run` and `make test`.
PRESET ?= $(if $(CI),ci,dev)
BUILD_DIR := build/$(PRESET)
ARGS ?=

.PHONY: all deps configure build run test bench clean translations

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

# Timings on a generated database of 10 000 clients and 200 000 stages, as
# ratios to a baseline measured in the same run (Release build).
bench: deps
	cmake --preset bench
	cmake --build --preset bench --target bench_redflags
	build/bench/benchmarks/bench_redflags

translations: configure
	cmake --build --preset $(PRESET) --target update_translations

clean:
	rm -rf build
