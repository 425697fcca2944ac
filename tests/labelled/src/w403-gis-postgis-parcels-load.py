LABEL = dict(
    split="heldout13",
    persona="GIS specialist loading a council parcels layer into PostGIS",
    expertise_level=4, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the source (the shapefile), the target (schema staging, table parcels), the reprojection (EPSG:4326 to 27700), a GiST index and the acceptance check (row count equal to the shapefile's feature count, report invalid geometries, don't fix them); precise with a named check, but nothing anticipated, so 4. "
               "Data is loaded into a database: operating. The first `ogr2ogr` fails (MultiPolygon into a Polygon column), which is trouble; the retry with `-nlt PROMOTE_TO_MULTI` succeeds and the counts agree, but a count check is not a test run, there is no commit and the user never replies: unresolved, abandoned under the evidence rule."),
)

SESSION = dict(
    cwd="/home/ines/gis/parcels", start="2026-11-25T09:40:00Z", model="claude-sonnet-4-6", version="2.1.247", branch="",
    turns=[
        turn("load council_parcels_2026.shp into postgis (db gisdev, schema staging, table parcels). source is 4326, reproject to 27700, gist index on geom. check the row count matches the shp feature count and tell me how many invalid geometries there are, dont fix them",
             bash("ogrinfo -so -al council_parcels_2026.shp | head -20", "INFO: Open of `council_parcels_2026.shp'\n      using driver `ESRI Shapefile' successful.\n\nLayer name: council_parcels_2026\nGeometry: Polygon\nFeature Count: 48211\nExtent: (-1.702311, 52.368002) - (-1.418755, 52.512970)\nLayer SRS WKT:\nGEOGCRS[\"WGS 84\",\nUPRN: Integer64 (12.0)\nPARCEL_ID: String (20.0)\nLAND_USE: String (40.0)\nAREA_HA: Real (12.4)", desc="Inspect the shapefile"),
             bash("ogr2ogr -f PostgreSQL PG:\"dbname=gisdev\" council_parcels_2026.shp -nln staging.parcels -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=GIST -t_srs EPSG:27700 -progress",
                  "0...10...20...30...40...50...60ERROR 1: COPY statement failed.\nERROR:  Geometry type (MultiPolygon) does not match column type (Polygon)\nCONTEXT:  COPY parcels, line 29307, column geom: \"0106000020346C0000020000000103...\"\n\nERROR 1: Unable to write feature 29306 from layer council_parcels_2026.",
                  code=1, desc="Load into PostGIS", ms=21000),
             bash("ogr2ogr -f PostgreSQL PG:\"dbname=gisdev\" council_parcels_2026.shp -nln staging.parcels -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=GIST -t_srs EPSG:27700 -nlt PROMOTE_TO_MULTI -overwrite -progress",
                  "0...10...20...30...40...50...60...70...80...90...100 - done.", desc="Retry promoting to MultiPolygon", ms=36000),
             bash("psql -d gisdev -Atc \"SELECT count(*), ST_SRID(min(geom)::geometry), sum(CASE WHEN ST_IsValid(geom) THEN 0 ELSE 1 END) FROM staging.parcels; SELECT indexname FROM pg_indexes WHERE tablename='parcels' AND indexdef ILIKE '%gist%';\"",
                  "48211|27700|37\nparcels_geom_geom_idx", desc="Count, SRID, invalid, index"),
             bash("psql -d gisdev -Atc \"SELECT reason, count(*) FROM (SELECT split_part(ST_IsValidReason(geom), '[', 1) reason FROM staging.parcels WHERE NOT ST_IsValid(geom)) r GROUP BY 1 ORDER BY 2 DESC\"", "Ring Self-intersection|29\nSelf-intersection|6\nToo few points in geometry component|2", desc="Invalid geometry reasons"),
             say("Loaded into `staging.parcels`:\n\n- **Rows:** 48,211, same as the shapefile's feature count.\n- **SRID:** 27700; GiST index `parcels_geom_geom_idx`.\n- **Invalid geometries:** 37, not fixed: 29 ring self-intersections, 6 self-intersections, 2 with too few points.\n\nThe first load failed at feature 29,306: the .shp header says Polygon but some records are multipart, so I reloaded with `-nlt PROMOTE_TO_MULTI` (all geometries are MultiPolygon now) and `-overwrite` to drop the partial table.")),
    ],
)
