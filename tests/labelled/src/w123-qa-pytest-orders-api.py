LABEL = dict(
    split="heldout4",
    persona="QA engineer writing API tests for an orders service",
    expertise_level=3, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the endpoint (POST /orders), the tool (pytest with the existing client fixture) and three cases "
               "(happy path, missing sku, quantity zero) but leaves the assertions, data and edge cases to the agent; prompt 2 adds the ticket and "
               "asks for the sku from the fixture, a steer on test style rather than a correction of a wrong result: level 3 (prompt 1 frames the task). Tests written as the goal: testing. One test fails on the first run "
               "(trouble, a 500 for quantity zero, which the user says is a known bug to mark xfail); the rerun passes: verified success."),
)

SESSION = dict(
    cwd="/home/qa/orders-service", start="2026-11-20T11:00:00Z", model="claude-sonnet-4-6", version="2.1.283", branch="qa/orders-api-tests",
    turns=[
        turn("I need API tests for POST /orders using our pytest setup (there's a client fixture in conftest). Cover the happy path, a missing sku, and quantity 0",
             par(read("/home/qa/orders-service/tests/conftest.py", "import pytest\nfrom app import create_app\n\n@pytest.fixture\ndef client():\n    app = create_app('testing')\n"
                      "    with app.test_client() as c:\n        yield c\n\n@pytest.fixture\ndef product(client):\n    r = client.post('/products', json={'sku': 'TST-1', 'price': 1250})\n    return r.get_json()"),
                 grep("route\\('/orders'", path="app", content="app/orders.py:14:@bp.route('/orders', methods=['POST'])")),
             read("/home/qa/orders-service/app/orders.py", "...\n@bp.route('/orders', methods=['POST'])\ndef create_order():\n    body = request.get_json()\n    product = Product.query.filter_by(sku=body.get('sku')).first()\n"
                  "    if product is None:\n        return {'error': 'unknown sku'}, 422\n    order = Order(product_id=product.id, qty=body['qty'], total=product.price * body['qty'])\n    ..."),
             write("/home/qa/orders-service/tests/test_orders_api.py",
                   "def test_create_order_returns_201_and_total(client, product):\n    r = client.post('/orders', json={'sku': 'TST-1', 'qty': 3})\n    assert r.status_code == 201\n"
                   "    assert r.get_json()['total'] == 3750\n\n\ndef test_unknown_sku_is_422(client):\n    r = client.post('/orders', json={'sku': 'NOPE', 'qty': 1})\n"
                   "    assert r.status_code == 422\n    assert r.get_json()['error'] == 'unknown sku'\n\n\ndef test_zero_quantity_is_rejected(client, product):\n"
                   "    r = client.post('/orders', json={'sku': 'TST-1', 'qty': 0})\n    assert r.status_code == 422\n"),
             bash("python -m pytest tests/test_orders_api.py -q", "", desc="Run the new tests", code=1,
                  stderr="..F                                                                      [100%]\nFAILED tests/test_orders_api.py::test_zero_quantity_is_rejected - assert 500 == 422\n1 failed, 2 passed in 0.88s\n"),
             say("Happy path and unknown sku pass. Quantity 0 returns **500**, not a validation error: the view computes the total and creates the order without "
                 "checking `qty`, and the database's `CHECK (qty > 0)` then raises. That looks like a real bug rather than a test problem.")),
        turn("Yeah that's a known bug, ticket ORD-412. mark it xfail with the ticket. and don't hardcode the sku, take it from the fixture",
             edit("/home/qa/orders-service/tests/test_orders_api.py", "def test_zero_quantity_is_rejected(client, product):",
                  "@pytest.mark.xfail(reason='ORD-412: qty 0 returns 500 instead of 422', strict=True)\ndef test_zero_quantity_is_rejected(client, product):"),
             edit("/home/qa/orders-service/tests/test_orders_api.py", "def test_create_order_returns_201_and_total(client, product):\n    r = client.post('/orders', json={'sku': 'TST-1', 'qty': 3})\n    assert r.status_code == 201\n    assert r.get_json()['total'] == 3750",
                  "def test_create_order_returns_201_and_total(client, product):\n    r = client.post('/orders', json={'sku': product['sku'], 'qty': 3})\n    assert r.status_code == 201\n    assert r.get_json()['total'] == product['price'] * 3"),
             edit("/home/qa/orders-service/tests/test_orders_api.py", "    r = client.post('/orders', json={'sku': 'TST-1', 'qty': 0})", "    r = client.post('/orders', json={'sku': product['sku'], 'qty': 0})"),
             edit("/home/qa/orders-service/tests/test_orders_api.py", "def test_create_order_returns_201_and_total", "import pytest\n\n\ndef test_create_order_returns_201_and_total"),
             bash("python -m pytest tests/test_orders_api.py -q", "..x                                                                      [100%]\n2 passed, 1 xfailed in 0.81s", desc="Rerun"),
             say("Done: the zero-quantity test is a strict `xfail` citing ORD-412 (it will turn into a failure once the bug is fixed, as a reminder to remove the "
                 "mark), and the sku and expected total come from the `product` fixture. 2 passed, 1 xfailed.")),
    ],
)
