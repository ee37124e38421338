/* vigil-catalog-loader-private.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "vigil-catalog-json-private.h"
#include "vigil-catalog-loader.h"
#include "vigil-catalog-private.h"

G_BEGIN_DECLS

/* State shared by the parts of the loader: documents are parsed first, recording every link
 * as pending; links are resolved, and coverage checked, once every document is read. */

typedef enum
{
  VIGIL_LINK_SECTION_ENTRY,
  VIGIL_LINK_GUIDELINE_RELATED,
  VIGIL_LINK_GUIDELINE_THREAT,
  VIGIL_LINK_GUIDELINE_ASSET,
  VIGIL_LINK_ENTRY_RELATED,
  VIGIL_LINK_THREAT_ASSET,
  VIGIL_LINK_TEXT,
  VIGIL_LINK_REPLACED_BY,
} VigilLinkKind;

typedef struct
{
  VigilLinkKind  kind;
  GObject       *owner;   /* borrowed: the catalog owns it */
  char          *file;
  char          *path;
  char          *target;  /* NULL for a listable object */
} VigilPendingLink;

typedef struct
{
  VigilReferenceRegistry *references;
  VigilCatalog           *catalog;
  /* id → "file: path" where it was defined, for duplicate messages */
  GHashTable             *defined_at;
  GPtrArray              *links;     /* VigilPendingLink */
  /* guidelines and entries in load order, each to be listed by one section */
  GPtrArray              *listable;  /* VigilPendingLink with target NULL */
} VigilLoader;

void         _vigil_loader_add_link         (VigilLoader    *loader,
                                             VigilLinkKind   kind,
                                             GObject        *owner,
                                             const char     *file,
                                             const char     *path,
                                             const char     *target);
gboolean     _vigil_loader_add_id_links     (VigilLoader    *loader,
                                             VigilLinkKind   kind,
                                             GObject        *owner,
                                             JsonObject     *object,
                                             const char     *member,
                                             gboolean        required,
                                             const char     *file,
                                             const char     *path,
                                             GError        **error);
void         _vigil_loader_add_text_links   (VigilLoader    *loader,
                                             GObject        *owner,
                                             const char     *text,
                                             const char     *file,
                                             const char     *path);
void         _vigil_loader_add_listable     (VigilLoader    *loader,
                                             GObject        *object,
                                             const char     *file,
                                             const char     *path);
gboolean     _vigil_loader_define_id        (VigilLoader    *loader,
                                             const char     *id,
                                             GObject        *object,
                                             const char     *file,
                                             const char     *path,
                                             GError        **error);
gboolean     _vigil_loader_has_id_prefix    (const char     *id,
                                             const char     *parent);
void         _vigil_loader_begin_translating (void);
guint        _vigil_loader_take_untranslated (void);
const char  *_vigil_loader_translate        (const char     *id,
                                             const char     *field,
                                             const char     *text);
gboolean     _vigil_loader_parse_references (VigilLoader    *loader,
                                             JsonObject     *object,
                                             const char     *member,
                                             const char     *file,
                                             const char     *path,
                                             GListStore     *into,
                                             GError        **error);
gboolean     _vigil_loader_parse_entry      (VigilLoader    *loader,
                                             JsonObject     *object,
                                             const char     *file,
                                             const char     *path,
                                             GError        **error);
gboolean     _vigil_loader_resolve          (VigilLoader    *loader,
                                             GError        **error);

G_END_DECLS
