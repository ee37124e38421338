/* vigil-lessons-window.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vigil-window.h"

G_BEGIN_DECLS

#define VIGIL_TYPE_LESSONS_WINDOW (vigil_lessons_window_get_type())

G_DECLARE_FINAL_TYPE (VigilLessonsWindow, vigil_lessons_window, VIGIL, LESSONS_WINDOW, AdwWindow)

VigilLessonsWindow *vigil_lessons_window_new          (VigilWindow        *window);
const char         *vigil_lessons_window_get_language (VigilLessonsWindow *self);
gboolean            vigil_lessons_window_set_language (VigilLessonsWindow *self,
                                                       const char         *language);
gboolean            vigil_lessons_window_present_lesson (VigilLessonsWindow *self,
                                                         gint64              lesson_id);

G_END_DECLS
