/* vigil-import-private.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "vigil-import.h"

G_BEGIN_DECLS

/* A Vigil file, validated, in the file's own ids: own steps are "custom.<n>" numbered as in
 * the database the file came from, and evidence ids are that database's too. Applying maps
 * them to the target's. */

typedef struct
{
  char           *id;
  gint64          custom;    /* the <n> of "custom.<n>", or 0 for a catalog item */
  VigilItemState *state;     /* nullable: an item can have evidence and no state */
  GPtrArray      *evidence;  /* VigilEvidence */
} VigilImportItem;

typedef struct
{
  gint64  number;
  char   *guideline_id;
  char   *title;
  gint64  created_at;
} VigilImportCustom;

typedef struct
{
  char       *item_id;
  gint64      custom;
  char       *field;
  JsonObject *old_value;     /* nullable */
  JsonObject *new_value;     /* nullable */
  gint64      at;
  gboolean    undone;
} VigilImportEvent;

typedef struct
{
  char   *name;
  gint64  created_at;
  gint64  updated_at;
  GStrv   guideline_ids;     /* in the order they are presented; never %NULL */
} VigilImportLesson;

typedef struct
{
  char             *name;
  VigilProfileKind  kind;
  char             *answers;
  gint64            created_at;
  gint64            archived_at;
  GPtrArray        *custom;   /* VigilImportCustom, in file order */
  GPtrArray        *items;    /* VigilImportItem, in file order */
  GPtrArray        *history;  /* VigilImportEvent, in file order */
  GPtrArray        *lessons;  /* VigilImportLesson, in file order; empty for older files */
  GHashTable       *custom_numbers;  /* the <n> of every own step in the file */
} VigilImportData;

typedef enum
{
  VIGIL_IMPORT_SKIP,       /* an own step's state whose step was removed */
  VIGIL_IMPORT_NOTHING,    /* no state in the file */
  VIGIL_IMPORT_ADD,
  VIGIL_IMPORT_UPDATE,
  VIGIL_IMPORT_UNCHANGED,
  VIGIL_IMPORT_KEEP,
} VigilImportAction;

typedef struct
{
  char     *item_id;
  char     *title;
  gboolean  imported_wins;
} VigilImportConflict;

/* What the plan decided, against the target as it was when computed. The apply computes it
 * again inside its transaction, so that it acts on the database as it is then. */
struct _VigilImportPlan
{
  GObject             parent_instance;

  VigilImportData    *data;
  gint64              into_profile_id;   /* 0: a new profile */
  char               *target_name;
  VigilImportSummary  summary;
  GArray             *actions;           /* VigilImportAction, one per data->items */
  GHashTable         *custom_targets;    /* file's <n> → target's <n> (gint64 *), matched */
  GHashTable         *evidence_to_add;   /* VigilEvidence * of data->items to add */
  GHashTable         *local_states;      /* target's item id → VigilItemState */
  GHashTable         *lessons_to_add;    /* VigilImportLesson * of data->lessons to add */
  GPtrArray          *conflicts;         /* VigilImportConflict */
};

gboolean         _vigil_import_plan_compute (VigilImportPlan *self,
                                             VigilContext    *context,
                                             GError         **error);
char            *_vigil_import_target_id    (VigilImportPlan *self,
                                             const char      *item_id,
                                             gint64           custom);

VigilImportData *_vigil_import_data_parse (VigilCatalog     *catalog,
                                           GBytes           *json,
                                           GError          **error);
void             _vigil_import_data_free  (VigilImportData  *data);
gboolean         _vigil_import_is_orphan  (VigilImportData  *data,
                                           gint64            custom);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VigilImportData, _vigil_import_data_free)

G_END_DECLS
