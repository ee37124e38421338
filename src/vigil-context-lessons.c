/* vigil-context-lessons.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-context"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vigil-context.h"

/* The lesson store knows neither the current profile nor the catalog: these wrappers supply
 * the one and check guideline ids against the other. Listeners watch the store's "changed"
 * signal, and "profile-changed" for a switch of profile. */

static gboolean
check_guidelines (VigilContext        *self,
                  const char * const  *guideline_ids,
                  GError             **error)
{
  VigilCatalog *catalog = vigil_context_get_catalog (self);

  for (guint i = 0; guideline_ids != NULL && guideline_ids[i] != NULL; i++)
    if (vigil_catalog_lookup_guideline (catalog, guideline_ids[i]) == NULL)
      {
        g_set_error (error, VIGIL_CONTEXT_ERROR, VIGIL_CONTEXT_ERROR_UNKNOWN_ID,
                     _("There is no guideline “%s”."), guideline_ids[i]);
        return FALSE;
      }

  return TRUE;
}

/**
 * vigil_context_list_lessons:
 *
 * Returns: (transfer full) (element-type VigilLesson): the current profile's lessons by
 *   name; empty, with a warning logged, if the database cannot be read
 */
GPtrArray *
vigil_context_list_lessons (VigilContext *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *lessons;

  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), NULL);

  lessons = vigil_lesson_store_list (vigil_context_get_lesson_store (self),
                                     vigil_context_get_profile_id (self), &error);
  if (lessons == NULL)
    {
      g_warning ("Could not read the lessons: %s", error->message);
      lessons = g_ptr_array_new_with_free_func ((GDestroyNotify)vigil_lesson_free);
    }

  return lessons;
}

/**
 * vigil_context_lookup_lesson:
 *
 * Returns: (transfer full) (nullable): one of the current profile's lessons, or %NULL with
 *   @error set (%G_IO_ERROR_NOT_FOUND when it has no lesson @lesson_id)
 */
VigilLesson *
vigil_context_lookup_lesson (VigilContext  *self,
                             gint64         lesson_id,
                             GError       **error)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), NULL);

  return vigil_lesson_store_lookup (vigil_context_get_lesson_store (self),
                                    vigil_context_get_profile_id (self), lesson_id, error);
}

/**
 * vigil_context_create_lesson:
 * @name: the lesson's name, not blank
 * @guideline_ids: (nullable) (array zero-terminated=1): guideline ids in the order they are
 *   presented, each once
 *
 * Returns: the new lesson's id, or -1 with @error set (%VIGIL_CONTEXT_ERROR_UNKNOWN_ID for
 *   an id that is no guideline of the catalog)
 */
gint64
vigil_context_create_lesson (VigilContext        *self,
                             const char          *name,
                             const char * const  *guideline_ids,
                             GError             **error)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), -1);

  if (!check_guidelines (self, guideline_ids, error))
    return -1;

  return vigil_lesson_store_create (vigil_context_get_lesson_store (self),
                                    vigil_context_get_profile_id (self), name, guideline_ids,
                                    error);
}

gboolean
vigil_context_rename_lesson (VigilContext  *self,
                             gint64         lesson_id,
                             const char    *name,
                             GError       **error)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), FALSE);

  return vigil_lesson_store_rename (vigil_context_get_lesson_store (self),
                                    vigil_context_get_profile_id (self), lesson_id, name,
                                    error);
}

/**
 * vigil_context_set_lesson_guidelines:
 * @guideline_ids: (nullable) (array zero-terminated=1): the lesson's guideline ids, in order
 *
 * Replaces the lesson's guidelines and their order at once.
 */
gboolean
vigil_context_set_lesson_guidelines (VigilContext        *self,
                                     gint64               lesson_id,
                                     const char * const  *guideline_ids,
                                     GError             **error)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), FALSE);

  if (!check_guidelines (self, guideline_ids, error))
    return FALSE;

  return vigil_lesson_store_set_guidelines (vigil_context_get_lesson_store (self),
                                            vigil_context_get_profile_id (self), lesson_id,
                                            guideline_ids, error);
}

gboolean
vigil_context_delete_lesson (VigilContext  *self,
                             gint64         lesson_id,
                             GError       **error)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), FALSE);

  return vigil_lesson_store_delete (vigil_context_get_lesson_store (self),
                                    vigil_context_get_profile_id (self), lesson_id, error);
}
