# Thin convenience layer over CMake presets (as neovim does): the README's two
# commands are `make run` and `make test`.
PRESET ?= $(if $(CI),ci,dev)
BUILD_DIR := build/$(PRESET)
ARGS ?=

.PHONY: all deps configure build run test clean translations

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

translations: configure
	cmake --build --preset $(PRESET) --target update_translations

clean:
	rm -rf build
