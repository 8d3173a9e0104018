"""What the OpenAPI document cannot say in JSON Schema, told to schemathesis's generator.

Sales revenue above total revenue is refused with 422 `above_total`: a rule between two
fields, stated in the field's description. Bodies breaking only that rule are not
"schema-valid requests" the API must accept, so the generator leaves them out.
"""
import schemathesis


@schemathesis.hook
def filter_body(ctx, body):
    commercial = body.get("commercial") if isinstance(body, dict) else None
    if not isinstance(commercial, dict):
        return True
    sales, total = commercial.get("sales_revenue"), commercial.get("total_revenue")
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (sales, total))
    return not (numbers and sales > total)
