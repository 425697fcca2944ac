LABEL = dict(
    split="heldout17",
    persona="Elasticsearch search engineer writing tests for the product search query builder",
    expertise_level=3, work_mode="testing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the module and function, the behaviours to cover (fuzziness only on terms longer than 4 characters, brand boost, in-stock filter) and asks for pytest without a cluster, leaving the cases to the agent; prompt 2 adds one more case in general terms: level 3. "
               "Tests written as the goal: testing. Both pytest runs pass and nothing fails: verified success, no trouble."),
)

SESSION = dict(
    cwd="/home/tomas/src/catalog-search", start="2026-11-25T11:10:00Z", model="claude-sonnet-4-5", version="2.1.233", branch="test/query-builder",
    turns=[
        turn("build_product_query in search/query.py has zero tests. write pytest tests for it, no ES cluster needed, just assert on the dict. cover: fuzziness only for terms > 4 chars, the brand field boost, and the in_stock filter when only_in_stock=True",
             read("/home/tomas/src/catalog-search/search/query.py", "FIELDS = [\"name^3\", \"brand^2\", \"description\"]\n\n\ndef build_product_query(text: str, only_in_stock: bool = False, size: int = 24) -> dict:\n    must = [{\n        \"multi_match\": {\n            \"query\": text,\n            \"fields\": FIELDS,\n            \"type\": \"best_fields\",\n            \"fuzziness\": \"AUTO\" if len(text.strip()) > 4 else 0,\n            \"operator\": \"and\",\n        }\n    }]\n    filters = [{\"term\": {\"in_stock\": True}}] if only_in_stock else []\n    return {\"size\": size, \"query\": {\"bool\": {\"must\": must, \"filter\": filters}}}\n"),
             write("/home/tomas/src/catalog-search/tests/test_query.py", "import pytest\n\nfrom search.query import build_product_query\n\n\ndef _mm(q):\n    return q[\"query\"][\"bool\"][\"must\"][0][\"multi_match\"]\n\n\n@pytest.mark.parametrize(\"text\", [\"sofa\", \"tv\", \"  lamp  \"])\ndef test_short_terms_are_not_fuzzy(text):\n    assert _mm(build_product_query(text))[\"fuzziness\"] == 0\n\n\n@pytest.mark.parametrize(\"text\", [\"chair\", \"garden hose\"])\ndef test_longer_terms_use_auto_fuzziness(text):\n    assert _mm(build_product_query(text))[\"fuzziness\"] == \"AUTO\"\n\n\ndef test_brand_is_boosted_below_name():\n    fields = _mm(build_product_query(\"chair\"))[\"fields\"]\n    assert \"brand^2\" in fields\n    assert \"name^3\" in fields\n\n\ndef test_in_stock_filter_only_when_requested():\n    assert build_product_query(\"chair\")[\"query\"][\"bool\"][\"filter\"] == []\n    assert build_product_query(\"chair\", only_in_stock=True)[\"query\"][\"bool\"][\"filter\"] == [{\"term\": {\"in_stock\": True}}]\n\n\ndef test_all_terms_must_match():\n    assert _mm(build_product_query(\"oak chair\"))[\"operator\"] == \"and\"\n"),
             bash("uv run pytest tests/test_query.py -q", "........                                                                 [100%]\n8 passed in 0.05s\n", ms=1900),
             say("Added `tests/test_query.py` (8 tests, no cluster):\n\n- fuzziness `0` for `sofa`, `tv` and `\"  lamp  \"` (whitespace stripped before the length check), `AUTO` for `chair` and `garden hose`\n- `brand^2` and `name^3` in the fields\n- `in_stock` filter absent by default, present with `only_in_stock=True`\n- `operator: and`\n\n`pytest`: **8 passed**. Note: the length check is on the whole string, not per term, so `\"tv stand\"` (8 chars) gets `AUTO` even though `tv` alone wouldn't. I've tested it as written; say if that's not intended.")),
        turn("thats intended for now. add one for the size param default and override",
             edit("/home/tomas/src/catalog-search/tests/test_query.py", "def test_all_terms_must_match():", "def test_size_defaults_to_24_and_can_be_overridden():\n    assert build_product_query(\"chair\")[\"size\"] == 24\n    assert build_product_query(\"chair\", size=48)[\"size\"] == 48\n\n\ndef test_all_terms_must_match():"),
             bash("uv run pytest tests/test_query.py -q", ".........                                                                [100%]\n9 passed in 0.05s\n", ms=1800),
             say("Added `test_size_defaults_to_24_and_can_be_overridden`. **9 passed**.")),
    ],
)
