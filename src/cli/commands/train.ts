// PLACEHOLDER: the module that owns this command replaces this file.
import type { Command } from 'commander';

export function register(_program: Command): void {}
