/* vigil-catalog-private.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vigil-catalog.h"
#include "vigil-checklist-item.h"
#include "vigil-entry.h"
#include "vigil-guideline.h"
#include "vigil-reference.h"
#include "vigil-section.h"

G_BEGIN_DECLS

/* Only the loader builds catalog objects; everyone else sees them read-only. */

typedef struct
{
  const char    *id;
  const char    *title;
  const char    *summary;
  const char    *body;
  const char    *reviewed;
  VigilAudience  audience;
  VigilLevel     level;
  guint          effort;
  guint          recurrence;
  gboolean       retired;
  const char    *replaced_by;
  const char * const *applies_when;
} VigilGuidelineFields;

typedef struct
{
  const char     *id;
  VigilEntryKind  kind;
  const char     *category;
  const char     *title;
  const char     *summary;
  const char     *body;
  const char     *reviewed;
} VigilEntryFields;

typedef enum
{
  VIGIL_ENTRY_STORE_REFERENCES,
  VIGIL_ENTRY_STORE_RELATED,
  VIGIL_ENTRY_STORE_ASSETS,
  VIGIL_ENTRY_STORE_THREATS,
  VIGIL_ENTRY_STORE_GUIDELINES,
} VigilEntryStoreId;

typedef enum
{
  VIGIL_GUIDELINE_STORE_RELATED,
  VIGIL_GUIDELINE_STORE_THREATS,
  VIGIL_GUIDELINE_STORE_ASSETS,
} VigilGuidelineStoreId;

VigilCatalog       *_vigil_catalog_new                (VigilReferenceRegistry *registry);
void                _vigil_catalog_add_section        (VigilCatalog           *self,
                                                       VigilSection           *section);
GObject            *_vigil_catalog_index              (VigilCatalog           *self,
                                                       const char             *id,
                                                       GObject                *object);

VigilSection       *_vigil_section_new                (const char             *id,
                                                       const char             *title,
                                                       const char             *summary,
                                                       const char             *icon_name);
void                _vigil_section_add_entry          (VigilSection           *self,
                                                       GObject                *entry);

VigilGuideline     *_vigil_guideline_new              (const VigilGuidelineFields *fields);
void                _vigil_guideline_set_untranslated (VigilGuideline         *self);
void                _vigil_guideline_add_item         (VigilGuideline         *self,
                                                       VigilChecklistItem     *item);
void                _vigil_guideline_add_reference    (VigilGuideline         *self,
                                                       VigilReference         *reference);
GListStore         *_vigil_guideline_get_store        (VigilGuideline         *self,
                                                       VigilGuidelineStoreId   store);
void                _vigil_guideline_set_section      (VigilGuideline         *self,
                                                       VigilSection           *section);

VigilChecklistItem *_vigil_checklist_item_new         (const char             *id,
                                                       const char             *title,
                                                       const char             *details);
void                _vigil_checklist_item_retire      (VigilChecklistItem     *self,
                                                       const char             *replaced_by);

VigilEntry         *_vigil_entry_new                  (const VigilEntryFields *fields);
void                _vigil_entry_set_untranslated     (VigilEntry             *self);
void                _vigil_entry_set_clause           (VigilEntry             *self,
                                                       VigilReference         *clause);
void                _vigil_entry_set_section          (VigilEntry             *self,
                                                       VigilSection           *section);
GListStore         *_vigil_entry_get_store            (VigilEntry             *self,
                                                       VigilEntryStoreId       store);
void                _vigil_checklist_item_add_howto   (VigilChecklistItem     *self,
                                                       const char             *platform,
                                                       GStrv                   steps);
void                _vigil_checklist_item_set_guideline (VigilChecklistItem   *self,
                                                         VigilGuideline       *guideline);

G_END_DECLS
