/* test-cli.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>

#include "vigil-cli.h"
#include "vigil-test-utils.h"

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_node_get_object (json_parser_get_root (parser));
}

static void
assert_report_keys (JsonObject *report)
{
  static const char * const keys[] = {
    "guidelines", "items", "items_with_howto", "threats", "assets", "roles", "glossary", "clauses",
  };
  JsonObject *guidelines;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (json_object_has_member (report, keys[i]));

  guidelines = json_object_get_object_member (report, "guidelines");
  g_assert_true (json_object_has_member (guidelines, "consumer"));
  g_assert_true (json_object_has_member (guidelines, "organization"));
  g_assert_true (json_object_has_member (guidelines, "provider"));
  g_assert_true (json_object_has_member (json_object_get_object_member (report, "clauses"),
                                         "2012:11.3"));
  g_assert_true (json_object_has_member (json_object_get_object_member (report, "clauses"),
                                         "2023:9.2.3"));
}

static void
test_catalog_report_json (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *output = NULL;
  g_autofree char *errors = NULL;

  g_assert_cmpint (vigil_cli_catalog_report (TRUE, &output, &errors), ==, VIGIL_CLI_EXIT_OK);
  g_assert_null (errors);
  assert_report_keys (parse_object (parser, output));
}

static void
test_catalog_report_text (void)
{
  g_autofree char *output = NULL;
  g_autofree char *errors = NULL;

  g_assert_cmpint (vigil_cli_catalog_report (FALSE, &output, &errors), ==, VIGIL_CLI_EXIT_OK);
  g_assert_nonnull (strstr (output, "Guidelines by audience"));
  g_assert_nonnull (strstr (output, "ISO/IEC 27032:2012, 11.3 Guidelines for consumers"));
  g_assert_null (strstr (output, "not cited"));
}

/* The real program answers without a display: the options are handled before GTK starts. */
static void
test_binary_without_display (void)
{
  const char *binary = g_getenv ("VIGIL_BINARY");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) env = NULL;
  int status = 0;

  if (binary == NULL)
    {
      g_test_skip ("VIGIL_BINARY is not set");
      return;
    }

  env = g_get_environ ();
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");

  g_spawn_sync (NULL, (char *[]) { (char *)binary, "--catalog-report", "--json", NULL }, env,
                G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  assert_report_keys (parse_object (parser, out));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_spawn_sync (NULL, (char *[]) { (char *)binary, "--json", NULL }, env,
                G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, "--catalog-report"));
}

/* Runs the real program with no display, on the database in @data_dir; @out and @err are
 * replaced. */
static int
run_vigil (const char  *data_dir,
           const char **args,
           char       **out,
           char       **err)
{
  const char *binary = g_getenv ("VIGIL_BINARY");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  int status = 0;

  g_clear_pointer (out, g_free);
  g_clear_pointer (err, g_free);
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_setenv (env, "VIGIL_DATA_DIR", data_dir, TRUE);

  g_ptr_array_add (argv, (char *)binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));

  return WEXITSTATUS (status);
}

static void
test_profiles_commands (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *data = NULL;
  g_autofree char *file = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) newer = NULL;
  g_autofree char *newer_path = NULL;

  if (g_getenv ("VIGIL_BINARY") == NULL)
    {
      g_test_skip ("VIGIL_BINARY is not set");
      return;
    }

  dir = vigil_test_make_tmp_dir ();
  data = g_build_filename (dir, "data", NULL);
  file = g_build_filename (dir, "personal.json", NULL);
  bad = g_build_filename (dir, "bad.json", NULL);
  newer_path = g_build_filename (dir, "newer.json", NULL);

#define RUN(...) run_vigil (data, (const char *[]) { __VA_ARGS__, NULL }, &out, &err)

  g_assert_cmpint (RUN ("--list-profiles"), ==, VIGIL_CLI_EXIT_OK);
  g_assert_cmpstr (out, ==, "Personal\thousehold\n");

  /* The only profile needs no --profile; the format comes from the name. */
  g_assert_cmpint (RUN ("--export", file), ==, VIGIL_CLI_EXIT_OK);
  g_assert_cmpuint (vigil_test_file_mode (file) & 0777, ==, 0600);

  g_assert_cmpint (RUN ("--import", file, "--dry-run"), ==, VIGIL_CLI_EXIT_OK);
  g_assert_nonnull (strstr (out, "“Personal (2)”"));
  g_assert_nonnull (strstr (out, "dry run"));
  g_assert_cmpint (RUN ("--list-profiles"), ==, VIGIL_CLI_EXIT_OK);
  g_assert_cmpstr (out, ==, "Personal\thousehold\n");

  g_assert_cmpint (RUN ("--import", file), ==, VIGIL_CLI_EXIT_OK);
  g_assert_cmpint (RUN ("--list-profiles"), ==, VIGIL_CLI_EXIT_OK);
  g_assert_cmpstr (out, ==, "Personal\thousehold\nPersonal (2)\thousehold\n");

  /* Merging into a profile named in another case. */
  g_assert_cmpint (RUN ("--import", file, "--profile", "personal (2)"), ==, VIGIL_CLI_EXIT_OK);
  g_assert_nonnull (strstr (out, "merged into the profile “Personal (2)”"));

  /* Two profiles now: --profile is needed, and must name one. */
  g_assert_cmpint (RUN ("--export", file), ==, VIGIL_CLI_EXIT_UNKNOWN_PROFILE);
  g_assert_cmpint (RUN ("--export", file, "--profile", "Nobody"), ==,
                   VIGIL_CLI_EXIT_UNKNOWN_PROFILE);
  g_assert_nonnull (strstr (err, "Nobody"));
  g_assert_cmpint (RUN ("--import", file, "--profile", "Nobody"), ==,
                   VIGIL_CLI_EXIT_UNKNOWN_PROFILE);
  g_assert_cmpint (RUN ("--export", file, "--profile", "Personal", "--format", "json"), ==,
                   VIGIL_CLI_EXIT_OK);

  /* Bad input files. */
  g_file_set_contents (bad, "{\"format\": \"vigil-profile\", ", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (RUN ("--import", bad), ==, VIGIL_CLI_EXIT_BAD_INPUT);
  g_assert_nonnull (strstr (err, "not valid JSON"));
  g_assert_cmpint (RUN ("--import", "/nonexistent/file.json"), ==, VIGIL_CLI_EXIT_BAD_INPUT);
  newer = vigil_test_load_fixture ("import/newer-version.json");
  g_file_set_contents (newer_path, g_bytes_get_data (newer, NULL), g_bytes_get_size (newer),
                       &error);
  g_assert_cmpint (RUN ("--import", newer_path), ==, VIGIL_CLI_EXIT_BAD_INPUT);
  g_assert_nonnull (strstr (err, "newer version of Vigil"));

  /* Nothing can be written there; no format can be told. */
  g_assert_cmpint (RUN ("--export", "/nonexistent/dir/x.json", "--profile", "Personal"), ==,
                   VIGIL_CLI_EXIT_CANNOT_WRITE);
  g_assert_cmpint (RUN ("--export", "x.txt", "--profile", "Personal"), ==, VIGIL_CLI_EXIT_USAGE);
  g_assert_cmpint (RUN ("--export", file, "--profile", "Personal", "--format", "docx"), ==,
                   VIGIL_CLI_EXIT_USAGE);
  g_assert_cmpint (RUN ("--dry-run"), ==, VIGIL_CLI_EXIT_USAGE);
  g_assert_cmpint (RUN ("--export", file, "--import", file), ==, VIGIL_CLI_EXIT_USAGE);

  g_assert_cmpint (RUN ("--help"), ==, VIGIL_CLI_EXIT_OK);
  g_assert_nonnull (strstr (out, "--import=FILE"));
  g_assert_nonnull (strstr (out, "--list-profiles"));

#undef RUN

  vigil_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/catalog-report-json", test_catalog_report_json);
  g_test_add_func ("/cli/catalog-report-text", test_catalog_report_text);
  g_test_add_func ("/cli/binary-without-display", test_binary_without_display);
  g_test_add_func ("/cli/profiles", test_profiles_commands);

  return g_test_run ();
}
