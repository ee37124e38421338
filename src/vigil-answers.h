/* vigil-answers.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "catalog/vigil-guideline.h"

G_BEGIN_DECLS

typedef enum
{
  VIGIL_PURPOSE_UNSET,
  VIGIL_PURPOSE_HOUSEHOLD,
  VIGIL_PURPOSE_ORGANIZATION,
  VIGIL_PURPOSE_DEMONSTRATION,
} VigilPurpose;

typedef enum
{
  VIGIL_ANSWER_UNKNOWN = -1,
  VIGIL_ANSWER_NO      = 0,
  VIGIL_ANSWER_YES     = 1,
} VigilAnswer;

typedef struct _VigilAnswers VigilAnswers;

VigilAnswers       *vigil_answers_new             (void);
VigilAnswers       *vigil_answers_new_from_json   (const char          *json,
                                                   GError             **error);
VigilAnswers       *vigil_answers_copy            (const VigilAnswers  *self);
void                vigil_answers_free            (VigilAnswers        *self);
char               *vigil_answers_to_json         (const VigilAnswers  *self);

VigilPurpose        vigil_answers_get_purpose     (const VigilAnswers  *self);
void                vigil_answers_set_purpose     (VigilAnswers        *self,
                                                   VigilPurpose         purpose);
const char * const *vigil_answers_get_conditions  (void);
VigilAnswer         vigil_answers_get             (const VigilAnswers  *self,
                                                   const char          *condition);
void                vigil_answers_set             (VigilAnswers        *self,
                                                   const char          *condition,
                                                   gboolean             yes);
int                 vigil_answers_get_employees   (const VigilAnswers  *self);
void                vigil_answers_set_employees   (VigilAnswers        *self,
                                                   int                  employees);
const char * const *vigil_answers_get_platforms   (const VigilAnswers  *self);
void                vigil_answers_set_platforms   (VigilAnswers        *self,
                                                   const char * const  *platforms);
gboolean            vigil_answers_has_platform    (const VigilAnswers  *self,
                                                   const char          *platform);

gboolean            vigil_answers_guideline_matters  (const VigilAnswers  *self,
                                                      VigilGuideline      *guideline);
gboolean            vigil_answers_guideline_targeted (const VigilAnswers  *self,
                                                      VigilGuideline      *guideline);
gboolean            vigil_answers_item_matters       (const VigilAnswers  *self,
                                                      VigilChecklistItem  *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VigilAnswers, vigil_answers_free)

G_END_DECLS
