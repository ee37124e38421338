/* vigil-lesson-store.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vigil-database.h"

G_BEGIN_DECLS

#define VIGIL_TYPE_LESSON (vigil_lesson_get_type())
#define VIGIL_TYPE_LESSON_STORE (vigil_lesson_store_get_type())

/**
 * VigilLesson:
 * @id: the lesson's id, unique in the database
 * @name: the name the trainer gave it
 * @guideline_ids: the guidelines in the order they are presented; never %NULL
 *
 * An ordered set of guidelines a trainer assembles, names and keeps, per profile.
 */
typedef struct
{
  gint64  id;
  char   *name;
  GStrv   guideline_ids;
} VigilLesson;

GType                vigil_lesson_get_type (void) G_GNUC_CONST;
VigilLesson         *vigil_lesson_copy     (const VigilLesson *lesson);
void                 vigil_lesson_free     (VigilLesson       *lesson);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VigilLesson, vigil_lesson_free)

G_DECLARE_FINAL_TYPE (VigilLessonStore, vigil_lesson_store, VIGIL, LESSON_STORE, GObject)

VigilLessonStore    *vigil_lesson_store_new            (VigilDatabase       *database);
GPtrArray           *vigil_lesson_store_list           (VigilLessonStore    *self,
                                                        gint64               profile_id,
                                                        GError             **error);
VigilLesson         *vigil_lesson_store_lookup         (VigilLessonStore    *self,
                                                        gint64               profile_id,
                                                        gint64               lesson_id,
                                                        GError             **error);
gint64               vigil_lesson_store_create         (VigilLessonStore    *self,
                                                        gint64               profile_id,
                                                        const char          *name,
                                                        const char * const  *guideline_ids,
                                                        GError             **error);
gboolean             vigil_lesson_store_rename         (VigilLessonStore    *self,
                                                        gint64               profile_id,
                                                        gint64               lesson_id,
                                                        const char          *name,
                                                        GError             **error);
gboolean             vigil_lesson_store_set_guidelines (VigilLessonStore    *self,
                                                        gint64               profile_id,
                                                        gint64               lesson_id,
                                                        const char * const  *guideline_ids,
                                                        GError             **error);
gboolean             vigil_lesson_store_delete         (VigilLessonStore    *self,
                                                        gint64               profile_id,
                                                        gint64               lesson_id,
                                                        GError             **error);

G_END_DECLS
