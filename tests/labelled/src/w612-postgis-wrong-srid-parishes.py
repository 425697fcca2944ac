LABEL = dict(
    split="heldout20",
    persona="cartographer fixing a PostGIS boundary layer whose geometry column is declared in the wrong SRID",
    expertise_level=4, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the table, the symptom (parishes drawn off the coast of Africa), the cause (coordinates are British National Grid but the column is typed 4326) and the fix wanted (set the SRID to 27700, not transform), with the dependent QGIS project in mind; prompt 2 corrects the agent with a specific (keep the view's column list, the atlas reads it). It names the check (SRID and extent after) and rules out ST_Transform with a reason, but does not anticipate the dependent view, which the agent finds; precise, scoped, corrected with specifics: level 4. "
               "Broken layer repaired: fixing. "
               "The ALTER fails because a view depends on the column (trouble); the agent redoes it in one transaction, and prompt 3 ('lines up with the OS basemap now') confirms after the trouble, so verified success."),
)

SESSION = dict(
    cwd="/home/ewan/carto/boundaries", start="2026-12-01T14:25:00Z", model="claude-opus-4-6", version="2.1.248", branch="main",
    turns=[
        turn("admin.parish_boundary draws off the coast of Africa in QGIS. the coords are BNG eastings/northings but someone loaded it with geometry(MultiPolygon,4326). need the column declared 27700 - set the SRID, don't ST_Transform, the numbers are already right. check st_srid and extent after",
             bash("psql -d gis -Atc \"select find_srid('admin','parish_boundary','geom'), st_srid(geom), count(*), st_extent(geom) from admin.parish_boundary group by 2\"", "4326|4326|10481|BOX(64117.2 8153.6,655598.9 1218634.1)", desc="Check the declared SRID and extent"),
             bash("psql -d gis -v ON_ERROR_STOP=1 -c \"alter table admin.parish_boundary alter column geom type geometry(MultiPolygon,27700) using st_setsrid(geom,27700)\"", "ERROR:  cannot alter type of a column used by a view or rule\nDETAIL:  rule _RETURN on view admin.v_parish_labels depends on column \"geom\"", desc="Change the column's SRID", code=1),
             bash("psql -d gis -Atc \"select pg_get_viewdef('admin.v_parish_labels'::regclass, true)\"", " SELECT p.parish_id,\n    p.name,\n    p.district,\n    st_pointonsurface(p.geom) AS label_pt\n   FROM admin.parish_boundary p\n  WHERE p.name IS NOT NULL;", desc="Read the dependent view"),
             say("The ALTER is blocked by `admin.v_parish_labels` (label points for parishes), which depends on `geom`. The usual way is one transaction: drop the view, alter the column, recreate the view. I'd recreate it with `label_pt` typed `geometry(Point,27700)` so QGIS picks the SRID up. OK to go ahead?")),
        turn("yes but keep the view's columns exactly as they are, the atlas in the qgis project reads them by name and order",
             bash("psql -d gis -v ON_ERROR_STOP=1 <<'SQL'\nbegin;\ndrop view admin.v_parish_labels;\nalter table admin.parish_boundary\n  alter column geom type geometry(MultiPolygon,27700) using st_setsrid(geom,27700);\ncreate view admin.v_parish_labels as\n select p.parish_id, p.name, p.district,\n        st_pointonsurface(p.geom)::geometry(Point,27700) as label_pt\n   from admin.parish_boundary p\n  where p.name is not null;\ngrant select on admin.v_parish_labels to qgis_read;\ncommit;\nSQL", "BEGIN\nDROP VIEW\nALTER TABLE\nCREATE VIEW\nGRANT\nCOMMIT", desc="Drop view, set SRID, recreate view in one transaction"),
             bash("psql -d gis -Atc \"select find_srid('admin','parish_boundary','geom'), st_srid(geom), count(*), st_extent(geom) from admin.parish_boundary group by 2\" && psql -d gis -Atc \"select f_geometry_column, srid, type from geometry_columns where f_table_name='v_parish_labels'\" && psql -d gis -c '\\d admin.v_parish_labels'", "27700|27700|10481|BOX(64117.2 8153.6,655598.9 1218634.1)\nlabel_pt|27700|POINT\n          View \"admin.v_parish_labels\"\n  Column   |         Type          \n-----------+-----------------------\n parish_id | integer               \n name      | text                  \n district  | text                  \n label_pt  | geometry(Point,27700) ", desc="Check SRID, extent and the view's columns"),
             say("Done in one transaction. `admin.parish_boundary.geom` is now `geometry(MultiPolygon,27700)` with the coordinates untouched: same 10,481 rows, same extent (64117 8153 → 655599 1218634, which is Great Britain in BNG). `v_parish_labels` is recreated with the same four columns in the same order (`parish_id, name, district, label_pt`), `label_pt` now typed `Point,27700`, and `qgis_read` has its select grant back (the drop removed it).\n\nIn QGIS, remove and re-add both layers (or change their CRS in Layer Properties) since the project cached 4326.")),
        turn("lines up with the OS basemap now and the atlas labels are fine. thanks",
             say("Good. If other tables in `admin` came from the same load, `select f_table_name, srid from geometry_columns where f_table_schema = 'admin'` will show any others declared 4326.")),
    ],
)
