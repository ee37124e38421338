/* vigil-cli.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Headless commands. Each returns the process exit status and fills @output with what goes
 * to standard output and @errors with what goes to standard error. */

typedef enum
{
  VIGIL_CLI_EXIT_OK = 0,
  VIGIL_CLI_EXIT_FAILURE = 1,
  VIGIL_CLI_EXIT_USAGE = 2,
  VIGIL_CLI_EXIT_BAD_INPUT = 3,
  VIGIL_CLI_EXIT_UNKNOWN_PROFILE = 4,
  VIGIL_CLI_EXIT_CANNOT_WRITE = 5,
} VigilCliExit;

/* @data_dir: (nullable): where the database is; %NULL for the default ($VIGIL_DATA_DIR, or
 * the user's data folder) */

int vigil_cli_catalog_report (gboolean     as_json,
                              char       **output,
                              char       **errors);
int vigil_cli_list_profiles  (const char  *data_dir,
                              char       **output,
                              char       **errors);
int vigil_cli_export         (const char  *data_dir,
                              const char  *path,
                              const char  *profile,
                              const char  *format,
                              char       **output,
                              char       **errors);
int vigil_cli_import         (const char  *data_dir,
                              const char  *path,
                              const char  *profile,
                              gboolean     dry_run,
                              char       **output,
                              char       **errors);

G_END_DECLS
