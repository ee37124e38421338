/* vigil-test-utils.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "vigil-test-utils.h"

/**
 * vigil_test_make_tmp_dir:
 *
 * Returns: (transfer full): a new, empty folder of this test's own
 */
char *
vigil_test_make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("vigil-test-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dir);

  return dir;
}

/* Only the user's folders are isolated: G_TEST_OPTION_ISOLATE_DIRS would also hide the
 * system's XDG_DATA_DIRS, and with them the MIME database GTK needs to load SVG icons.
 * Returns the new home, for vigil_test_rm_rf() at the end. */
char *
vigil_test_isolate_user_dirs (void)
{
  char *home = vigil_test_make_tmp_dir ();
  const char *variables[] = {
    "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
  };

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    g_setenv (variables[i], home, TRUE);

  return home;
}

void
vigil_test_rm_rf (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          vigil_test_rm_rf (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

/**
 * vigil_test_load_fixture:
 * @name: a file name below tests/data/
 *
 * Returns: (transfer full): the file's contents
 */
GBytes *
vigil_test_load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

/**
 * vigil_test_file_mode:
 *
 * Returns: the permission bits of @path
 */
guint
vigil_test_file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);

  return st.st_mode & 0777;
}

/**
 * vigil_test_db_setup:
 *
 * Makes a new folder of the test's own, with @fixture->path = `<folder>/vigil.db` (not
 * created yet).
 */
void
vigil_test_db_setup (VigilTestDb   *fixture,
                     gconstpointer  data)
{
  fixture->dir = vigil_test_make_tmp_dir ();
  fixture->path = g_build_filename (fixture->dir, "vigil.db", NULL);
}

void
vigil_test_db_teardown (VigilTestDb   *fixture,
                        gconstpointer  data)
{
  vigil_test_rm_rf (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

/* For qsort() of timings in the benchmarks. */
int
vigil_test_compare_doubles (const void *a,
                            const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* Runs everything pending on the default main context, as a UI test's "let it settle". */
void
vigil_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}
