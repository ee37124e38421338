/* vigil-test-utils.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A temporary folder with a database path in it, for g_test_add() fixtures. */
typedef struct
{
  char *dir;
  char *path;
} VigilTestDb;

void    vigil_test_db_setup       (VigilTestDb   *fixture,
                                   gconstpointer  data);
void    vigil_test_db_teardown    (VigilTestDb   *fixture,
                                   gconstpointer  data);

char   *vigil_test_make_tmp_dir   (void);
char   *vigil_test_isolate_user_dirs (void);
void    vigil_test_rm_rf          (const char *path);
GBytes *vigil_test_load_fixture   (const char *name);
guint   vigil_test_file_mode      (const char *path);
void    vigil_test_iterate        (void);
int     vigil_test_compare_doubles (const void *a,
                                    const void *b);

G_END_DECLS
