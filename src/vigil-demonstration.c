/* vigil-demonstration.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-demonstration"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "vigil-demonstration.h"

/* What a trainer ticks in front of a room goes into a database of its own, in a new private
 * folder, that is deleted when the presentation ends: no real profile is shown or touched,
 * and nothing of the demonstration stays behind. */

/**
 * vigil_demonstration_new:
 *
 * Returns: (transfer full) (nullable): a context on a new, throwaway database whose one
 *   profile is a demonstration (every situation answered yes), or %NULL with @error set.
 *   Give it back to vigil_demonstration_discard().
 */
VigilContext *
vigil_demonstration_new (GError **error)
{
  g_autofree char *dir = g_dir_make_tmp ("vigil-demonstration-XXXXXX", error);
  g_autoptr(VigilContext) context = NULL;
  g_autoptr(VigilAnswers) answers = vigil_answers_new ();
  const char * const *conditions = vigil_answers_get_conditions ();

  if (dir == NULL)
    return NULL;

  context = vigil_context_new (dir, error);
  if (context == NULL)
    {
      g_rmdir (dir);
      return NULL;
    }

  vigil_answers_set_purpose (answers, VIGIL_PURPOSE_DEMONSTRATION);
  /* Every situation, so that every guideline shows; the size of the organization is a
   * number, not a yes. */
  for (guint i = 0; conditions[i] != NULL; i++)
    if (!g_str_equal (conditions[i], "employees"))
      vigil_answers_set (answers, conditions[i], TRUE);
  vigil_answers_set_employees (answers, 10);
  if (!vigil_context_setup_profile (context, _("Demonstration"), VIGIL_PROFILE_HOUSEHOLD,
                                    answers, error))
    {
      vigil_demonstration_discard (g_steal_pointer (&context));
      return NULL;
    }

  return g_steal_pointer (&context);
}

/**
 * vigil_demonstration_discard:
 * @context: (transfer full): from vigil_demonstration_new(), with no other reference left
 *
 * Closes the demonstration's database and deletes it with its folder.
 */
void
vigil_demonstration_discard (VigilContext *context)
{
  g_autofree char *dir = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;

  if (context == NULL)
    return;

  dir = g_strdup (vigil_context_get_data_dir (context));
  /* The database closes with the last reference, before its files go. */
  g_object_unref (context);

  listing = g_dir_open (dir, 0, NULL);
  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_unlink (path) != 0)
        g_warning ("Could not delete the demonstration's %s", path);
    }
  if (g_rmdir (dir) != 0)
    g_warning ("Could not delete the demonstration's folder %s", dir);
}
