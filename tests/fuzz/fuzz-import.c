/* fuzz-import.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "vigil-context.h"
#include "vigil-import.h"

/* libFuzzer feeds the importer arbitrary bytes. Whatever they are, planning must return a
 * plan or an error, and a plan must apply, as a new profile and merged into another, without
 * a crash, a sanitizer report or a GLib critical (made fatal here: a critical is a bug the
 * input reached). The database lives in memory-backed temporary storage and each imported
 * profile is removed again, so runs stay fast and alike. */

static VigilContext *context;
static gint64 merge_target;

static void
remove_profile (gint64 profile_id)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM profiles WHERE id = %" G_GINT64_FORMAT,
                                          profile_id);

  if (!vigil_database_exec (vigil_context_get_database (context), sql, NULL))
    g_error ("Could not remove profile %" G_GINT64_FORMAT, profile_id);
}

/* A critical or warning is a bug the input reached: abort, which libFuzzer catches and saves
 * the input for (G_DEBUG's fatal flags would raise SIGTRAP, which it does not). */
static void
log_handler (const char     *domain,
             GLogLevelFlags  level,
             const char     *message,
             gpointer        data)
{
  g_printerr ("%s: %s\n", domain != NULL ? domain : "", message);
  if (level & (G_LOG_FLAG_FATAL | G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
}

static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_log_writer_standard_streams (level, fields, n_fields, data);
      abort ();
    }

  return G_LOG_WRITER_HANDLED;
}

static void
setup (void)
{
  g_autoptr(GError) error = NULL;
  const char *base = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir ();
  g_autofree char *template = g_build_filename (base, "vigil-fuzz-XXXXXX", NULL);
  char *dir = g_mkdtemp (template);

  g_log_set_default_handler (log_handler, NULL);
  g_log_set_writer_func (log_writer, NULL, NULL);

  if (dir == NULL)
    g_error ("Could not make a temporary folder");
  context = vigil_context_new (dir, &error);
  if (context == NULL)
    g_error ("Could not make a context: %s", error->message);

  /* Durability is no concern here; speed is. */
  vigil_database_exec (vigil_context_get_database (context), "PRAGMA synchronous = OFF", NULL);

  merge_target = vigil_profile_store_create (vigil_context_get_profile_store (context), "Target",
                                             VIGIL_PROFILE_ORGANIZATION, NULL, &error);
  if (merge_target <= 0)
    g_error ("Could not make a profile: %s", error->message);
  vigil_progress_store_set_status (vigil_context_get_progress_store (context), merge_target,
                                   "consumer.home-router.admin-password", VIGIL_ITEM_STATUS_DONE,
                                   NULL, NULL, NULL);
}

static void
import_into (GBytes *bytes,
             gint64  into)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VigilImportPlan) plan = vigil_import_plan (context, bytes, into, &error);
  g_autofree char *description = NULL;
  gint64 profile_id = 0;

  if (plan == NULL)
    {
      g_assert (error != NULL && error->message != NULL);
      return;
    }

  description = vigil_import_plan_describe (plan);
  g_assert (description != NULL);

  if (!vigil_import_apply (context, plan, &profile_id, &error))
    g_error ("A validated plan failed to apply: %s", error->message);

  if (into == 0)
    remove_profile (profile_id);
}

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  gint64 throwaway;

  if (context == NULL)
    setup ();

  import_into (bytes, 0);

  /* Merged into a profile that has a state, then removed, so every run merges into the same
   * starting point. */
  throwaway = vigil_profile_store_duplicate (vigil_context_get_profile_store (context),
                                             merge_target, "Throwaway", &error);
  if (throwaway <= 0)
    g_error ("Could not copy the target profile: %s", error->message);
  import_into (bytes, throwaway);
  remove_profile (throwaway);

  return 0;
}
