LABEL = dict(
    split="heldout12",
    persona="SAP ABAP consultant writing ABAP Unit tests for a pricing class",
    expertise_level=5, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the class and method, the test-double framework for the DB select (cl_osql_test_environment), and the cases to cover including the edge cases (exactly at the 500 EUR threshold, a non-EUR currency, a customer without a price group), and says how the tests will be run (she runs them in ADT, the agent lints with abaplint); "
               "prompt 2 reports the one red test with its expected and actual values, names the cause (< vs <=) and decides ('spec wins'): level 5. Tests written as the goal: testing. "
               "Prompt 2 reports a failed test run (1 of 6 red), which is trouble; prompt 3 confirms all 6 green after the fix and the `git commit` succeeds: resolved, verified success."),
)

SESSION = dict(
    cwd="/Users/c.brandt/abapgit/z_sd_pricing", start="2026-12-21T08:30:00Z", model="claude-sonnet-4-6", version="2.1.253", branch="unit-tests-pricing",
    turns=[
        turn("ZCL_SD_VOLUME_DISCOUNT=>GET_DISCOUNT has no unit tests. Write a local test class (ltcl_get_discount, RISK LEVEL HARMLESS, DURATION SHORT) in the .testclasses.abap. "
             "The select on ZSD_DISC_TIERS must be doubled with cl_osql_test_environment, no real table access. Cases: below threshold → 0; exactly 500.00 EUR → tier 1 (spec says 'from 500 inclusive'); above top tier; "
             "non-EUR amount (converted via the FM double? no, class takes EUR only, expect exception ZCX_SD_PRICING); customer without price group → 0. "
             "I'll run them in ADT, you run abaplint",
             read("/Users/c.brandt/abapgit/z_sd_pricing/src/zcl_sd_volume_discount.clas.abap",
                  "CLASS zcl_sd_volume_discount DEFINITION PUBLIC FINAL CREATE PUBLIC.\n  PUBLIC SECTION.\n    CLASS-METHODS get_discount\n      IMPORTING iv_kunnr TYPE kunnr iv_amount TYPE netwr iv_waers TYPE waers\n      RETURNING VALUE(rv_discount) TYPE netwr\n      RAISING zcx_sd_pricing.\nENDCLASS.\n\nCLASS zcl_sd_volume_discount IMPLEMENTATION.\n  METHOD get_discount.\n    IF iv_waers <> 'EUR'.\n      RAISE EXCEPTION TYPE zcx_sd_pricing EXPORTING textid = zcx_sd_pricing=>currency_not_supported.\n    ENDIF.\n    SELECT SINGLE pricegroup FROM knvv WHERE kunnr = @iv_kunnr INTO @DATA(lv_group).\n    IF sy-subrc <> 0 OR lv_group IS INITIAL.\n      RETURN.\n    ENDIF.\n    SELECT threshold, pct FROM zsd_disc_tiers WHERE pricegroup = @lv_group ORDER BY threshold DESCENDING INTO TABLE @DATA(lt_tiers).\n    LOOP AT lt_tiers INTO DATA(ls_tier) WHERE threshold < iv_amount.\n      rv_discount = iv_amount * ls_tier-pct / 100.\n      EXIT.\n    ENDLOOP.\n  ENDMETHOD.\nENDCLASS."),
             write("/Users/c.brandt/abapgit/z_sd_pricing/src/zcl_sd_volume_discount.clas.testclasses.abap",
                   "CLASS ltcl_get_discount DEFINITION FINAL FOR TESTING RISK LEVEL HARMLESS DURATION SHORT.\n  PRIVATE SECTION.\n    CLASS-DATA go_env TYPE REF TO if_osql_test_environment.\n    CLASS-METHODS class_setup.\n    CLASS-METHODS class_teardown.\n    METHODS setup.\n"
                   "    METHODS below_threshold_is_zero FOR TESTING RAISING cx_static_check.\n    METHODS exactly_500_is_tier_1 FOR TESTING RAISING cx_static_check.\n    METHODS above_top_tier FOR TESTING RAISING cx_static_check.\n    METHODS non_eur_raises FOR TESTING.\n    METHODS no_price_group_is_zero FOR TESTING RAISING cx_static_check.\n    METHODS unknown_customer_is_zero FOR TESTING RAISING cx_static_check.\nENDCLASS.\n\n"
                   "CLASS ltcl_get_discount IMPLEMENTATION.\n  METHOD class_setup.\n    go_env = cl_osql_test_environment=>create( i_dependency_list = VALUE #( ( 'KNVV' ) ( 'ZSD_DISC_TIERS' ) ) ).\n  ENDMETHOD.\n  METHOD class_teardown.\n    go_env->destroy( ).\n  ENDMETHOD.\n  METHOD setup.\n    go_env->clear_doubles( ).\n"
                   "    DATA lt_knvv TYPE STANDARD TABLE OF knvv WITH EMPTY KEY.\n    lt_knvv = VALUE #( ( kunnr = '0000100001' pricegroup = 'G1' ) ( kunnr = '0000100002' pricegroup = '' ) ).\n    go_env->insert_test_data( lt_knvv ).\n"
                   "    DATA lt_tiers TYPE STANDARD TABLE OF zsd_disc_tiers WITH EMPTY KEY.\n    lt_tiers = VALUE #( ( pricegroup = 'G1' threshold = '500.00' pct = '2.00' ) ( pricegroup = 'G1' threshold = '2000.00' pct = '5.00' ) ).\n    go_env->insert_test_data( lt_tiers ).\n  ENDMETHOD.\n\n"
                   "  METHOD below_threshold_is_zero.\n    cl_abap_unit_assert=>assert_equals( act = zcl_sd_volume_discount=>get_discount( iv_kunnr = '0000100001' iv_amount = '499.99' iv_waers = 'EUR' ) exp = 0 ).\n  ENDMETHOD.\n"
                   "  METHOD exactly_500_is_tier_1.\n    cl_abap_unit_assert=>assert_equals( act = zcl_sd_volume_discount=>get_discount( iv_kunnr = '0000100001' iv_amount = '500.00' iv_waers = 'EUR' ) exp = '10.00' ).\n  ENDMETHOD.\n"
                   "  METHOD above_top_tier.\n    cl_abap_unit_assert=>assert_equals( act = zcl_sd_volume_discount=>get_discount( iv_kunnr = '0000100001' iv_amount = '3000.00' iv_waers = 'EUR' ) exp = '150.00' ).\n  ENDMETHOD.\n"
                   "  METHOD non_eur_raises.\n    TRY.\n        zcl_sd_volume_discount=>get_discount( iv_kunnr = '0000100001' iv_amount = '800.00' iv_waers = 'USD' ).\n        cl_abap_unit_assert=>fail( 'ZCX_SD_PRICING expected' ).\n      CATCH zcx_sd_pricing ##NO_HANDLER.\n    ENDTRY.\n  ENDMETHOD.\n"
                   "  METHOD no_price_group_is_zero.\n    cl_abap_unit_assert=>assert_equals( act = zcl_sd_volume_discount=>get_discount( iv_kunnr = '0000100002' iv_amount = '900.00' iv_waers = 'EUR' ) exp = 0 ).\n  ENDMETHOD.\n"
                   "  METHOD unknown_customer_is_zero.\n    cl_abap_unit_assert=>assert_equals( act = zcl_sd_volume_discount=>get_discount( iv_kunnr = '0000999999' iv_amount = '900.00' iv_waers = 'EUR' ) exp = 0 ).\n  ENDMETHOD.\nENDCLASS.\n"),
             bash("npx @abaplint/cli abaplint.json", "abaplint 2.113.62\n\n  0 issues found, 4 files", desc="Lint with abaplint", ms=5400),
             say("Test class written with 6 methods – your five cases plus an unknown customer (no KNVV row), which takes the same `RETURN` path as an empty price group. "
                 "KNVV and ZSD_DISC_TIERS are both doubled in `class_setup` (the method also reads KNVV for the price group, so it needs a double too); test data is re-inserted in `setup`. abaplint: 0 issues.\n\n"
                 "Heads-up before you run them: the loop uses `threshold < iv_amount`, so I expect `exactly_500_is_tier_1` to fail – I wrote the test to the spec, not to the code.")),
        turn("ran in ADT: 5 green, exactly_500_is_tier_1 red: Expected [10.00] Actual [0.00]. as you said, < vs <=. spec wins",
             edit("/Users/c.brandt/abapgit/z_sd_pricing/src/zcl_sd_volume_discount.clas.abap",
                  "    LOOP AT lt_tiers INTO DATA(ls_tier) WHERE threshold < iv_amount.",
                  "    LOOP AT lt_tiers INTO DATA(ls_tier) WHERE threshold <= iv_amount."),
             bash("npx @abaplint/cli abaplint.json", "abaplint 2.113.62\n\n  0 issues found, 4 files", desc="Lint again", ms=5200),
             say("Changed the tier condition to `threshold <= iv_amount`, so an amount exactly at a threshold gets that tier. abaplint is clean. Pull it into the system with abapGit and re-run the class in ADT.")),
        turn("6/6 green. commit both files",
             bash("git add src/zcl_sd_volume_discount.clas.abap src/zcl_sd_volume_discount.clas.testclasses.abap && git commit -m \"ZCL_SD_VOLUME_DISCOUNT: threshold inclusive per spec; ABAP Unit tests with OSQL doubles\"",
                  "[unit-tests-pricing 6ad20fe] ZCL_SD_VOLUME_DISCOUNT: threshold inclusive per spec; ABAP Unit tests with OSQL doubles\n 2 files changed, 58 insertions(+), 1 deletion(-)", desc="Commit"),
             say("Committed as 6ad20fe on `unit-tests-pricing`.")),
    ],
)
