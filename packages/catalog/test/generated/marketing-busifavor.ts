// marketing/busifavor: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询商家券事件通知地址
  {
    const { data } = await client.request('GET /v3/marketing/busifavor/callbacks')
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.callbacks.get()
    console.log(data)
  }
  // 设置商家券事件通知地址
  {
    const { data } = await client.request('POST /v3/marketing/busifavor/callbacks', {
      json: {
        mchid: '1900000001',
        notify_url: 'https://pay.weixin.qq.com',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.callbacks.post({
      json: {
        mchid: '1900000001',
        notify_url: 'https://pay.weixin.qq.com',
      },
    })
    console.log(data)
  }
  // 关联订单信息
  {
    const { data } = await client.request('POST /v3/marketing/busifavor/coupons/associate', {
      json: {
        stock_id: '100088',
        coupon_code: 'sxxe34343434',
        out_trade_no: 'MCH_102233445',
        out_request_no: '1002600620019090123143254435',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.coupons.associate.post({
      json: {
        stock_id: '100088',
        coupon_code: 'sxxe34343434',
        out_trade_no: 'MCH_102233445',
        out_request_no: '1002600620019090123143254435',
      },
    })
    console.log(data)
  }
  // 使券失效
  {
    const { data } = await client.request('POST /v3/marketing/busifavor/coupons/deactivate', {
      json: {
        coupon_code: 'sxxe34343434',
        stock_id: '1234567891',
        deactivate_request_no: '1002600620019090123143254436',
        deactivate_reason: '此券使用时间设置错误',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.coupons.deactivate.post({
      json: {
        coupon_code: 'sxxe34343434',
        stock_id: '1234567891',
        deactivate_request_no: '1002600620019090123143254436',
        deactivate_reason: '此券使用时间设置错误',
      },
    })
    console.log(data)
  }
  // 取消关联订单信息
  {
    const { data } = await client.request('POST /v3/marketing/busifavor/coupons/disassociate', {
      json: {
        stock_id: '100088',
        coupon_code: 'sxxe34343434',
        out_trade_no: 'MCH_102233445',
        out_request_no: '1002600620019090123143254435',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.coupons.disassociate.post({
      json: {
        stock_id: '100088',
        coupon_code: 'sxxe34343434',
        out_trade_no: 'MCH_102233445',
        out_request_no: '1002600620019090123143254435',
      },
    })
    console.log(data)
  }
  // 申请退券
  {
    const { data } = await client.request('POST /v3/marketing/busifavor/coupons/return', {
      json: {
        coupon_code: 'ABCD12345678',
        stock_id: '128888000000001',
        return_request_no: '1002600620019090123143254438',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.coupons.return.post({
      json: {
        coupon_code: 'ABCD12345678',
        stock_id: '128888000000001',
        return_request_no: '1002600620019090123143254438',
      },
    })
    console.log(data)
  }
  // 向用户发券
  {
    const { data } = await client.request('POST /v3/marketing/busifavor/coupons/send', {
      json: {
        openid: 'xsd3434454567676',
        appid: 'wx1234567889999',
        stock_id: '100088',
        out_request_no: '1002600620019090123143254435',
        coupon_code: 'sxxe34343434',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.coupons.send.post({
      json: {
        openid: 'xsd3434454567676',
        appid: 'wx1234567889999',
        stock_id: '100088',
        out_request_no: '1002600620019090123143254435',
        coupon_code: 'sxxe34343434',
      },
    })
    console.log(data)
  }
  // 核销用户券
  {
    const { data } = await client.request('POST /v3/marketing/busifavor/coupons/use', {
      json: {
        coupon_code: 'sxxe34343434',
        stock_id: '100088',
        appid: 'wx1234567889999',
        use_time: new Date().toISOString(),
        use_request_no: '1002600620019090123143254437',
        openid: 'xsd3434454567676',
        out_trade_no: 'MCH_102233445',
        mch_id: '1900000001',
        transaction_id: '4200000913202101152566792388',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.coupons.use.post({
      json: {
        coupon_code: 'sxxe34343434',
        stock_id: '100088',
        appid: 'wx1234567889999',
        use_time: new Date().toISOString(),
        use_request_no: '1002600620019090123143254437',
        openid: 'xsd3434454567676',
        out_trade_no: 'MCH_102233445',
        mch_id: '1900000001',
        transaction_id: '4200000913202101152566792388',
      },
    })
    console.log(data)
  }
  // 发放消费卡
  {
    const { data } = await client.request('POST /v3/marketing/busifavor/coupons/{card_id}/send', {
      params: {
        card_id: 'pIJMr5MMiIkO_93VtPyIiEk2DZ4w',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        out_request_no: '1002600620019090123143254435',
        send_time: new Date().toISOString(),
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.coupons['{card_id}'].send.post({
      params: {
        card_id: 'pIJMr5MMiIkO_93VtPyIiEk2DZ4w',
      },
      json: {
        appid: 'wxd678efh567hg6787',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        out_request_no: '1002600620019090123143254435',
        send_time: new Date().toISOString(),
      },
    })
    console.log(data)
  }
  // 向用户预发放商品券
  {
    const { data } = await client.request('POST /v3/marketing/busifavor/product-coupons/pre-send', {
      json: {
        stock_id: '100088',
        appid: 'wx1234567889999',
        openid: 'xsd3434454567676',
        send_request_no: '1002600620019090123143254439',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor['product-coupons']['pre-send'].post({
      json: {
        stock_id: '100088',
        appid: 'wx1234567889999',
        openid: 'xsd3434454567676',
        send_request_no: '1002600620019090123143254439',
      },
    })
    console.log(data)
  }
  // 向用户发放商品券
  {
    const { data } = await client.request('POST /v3/marketing/busifavor/product-coupons/send', {
      json: {
        openid: 'xsd3434454567676',
        appid: 'wx1234567889999',
        stock_id: '100088',
        out_request_no: '1002600620019090123143254435',
        coupon_code: 'sxxe34343435',
        coupon_type: 'NORMAL',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor['product-coupons'].send.post({
      json: {
        openid: 'xsd3434454567676',
        appid: 'wx1234567889999',
        stock_id: '100088',
        out_request_no: '1002600620019090123143254435',
        coupon_code: 'sxxe34343435',
        coupon_type: 'NORMAL',
      },
    })
    console.log(data)
  }
  // 创建商家券
  {
    const { data } = await client.request('POST /v3/marketing/busifavor/stocks', {
      json: {
        stock_name: '8月1日活动券',
        belong_merchant: '1900000001',
        comment: '活动使用',
        goods_name: '填写商品名称',
        stock_type: 'NORMAL',
        coupon_use_rule: {
          coupon_available_time: {
            available_begin_time: new Date().toISOString(),
            available_end_time: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          },
          fixed_normal_coupon: {
            discount_amount: 500,
            transaction_minimum: 2000,
          },
          use_method: 'OFF_LINE',
        },
        stock_send_rule: {
          max_coupons: 100,
          max_coupons_per_user: 5,
        },
        out_request_no: '1002600620019090123143254435',
        coupon_code_mode: 'WECHATPAY_MODE',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.stocks.post({
      json: {
        stock_name: '8月1日活动券',
        belong_merchant: '1900000001',
        comment: '活动使用',
        goods_name: '填写商品名称',
        stock_type: 'NORMAL',
        coupon_use_rule: {
          coupon_available_time: {
            available_begin_time: new Date().toISOString(),
            available_end_time: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          },
          fixed_normal_coupon: {
            discount_amount: 500,
            transaction_minimum: 2000,
          },
          use_method: 'OFF_LINE',
        },
        stock_send_rule: {
          max_coupons: 100,
          max_coupons_per_user: 5,
        },
        out_request_no: '1002600620019090123143254435',
        coupon_code_mode: 'WECHATPAY_MODE',
      },
    })
    console.log(data)
  }
  // 查询商家券详情
  {
    const { data } = await client.request('GET /v3/marketing/busifavor/stocks/{stock_id}', {
      params: {
        stock_id: '1212',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.stocks['{stock_id}'].get({
      params: {
        stock_id: '1212',
      },
    })
    console.log(data)
  }
  // 修改商家券基本信息
  {
    const { status } = await client.request('PATCH /v3/marketing/busifavor/stocks/{stock_id}', {
      params: {
        stock_id: '101156451224',
      },
      json: {
        stock_name: '8月1日活动券',
        comment: '活动使用',
        goods_name: '全场通用',
        out_request_no: '1002600620019090123143254435',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.marketing.busifavor.stocks['{stock_id}'].patch({
      params: {
        stock_id: '101156451224',
      },
      json: {
        stock_name: '8月1日活动券',
        comment: '活动使用',
        goods_name: '全场通用',
        out_request_no: '1002600620019090123143254435',
      },
    })
    console.log(status)
  }
  // 修改批次预算
  {
    const { data } = await client.request('PATCH /v3/marketing/busifavor/stocks/{stock_id}/budget', {
      params: {
        stock_id: '98065001',
      },
      json: {
        target_max_coupons: 800,
        current_max_coupons: 500,
        modify_budget_request_no: '1002600620019090123143254441',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.stocks['{stock_id}'].budget.patch({
      params: {
        stock_id: '98065001',
      },
      json: {
        target_max_coupons: 800,
        current_max_coupons: 500,
        modify_budget_request_no: '1002600620019090123143254441',
      },
    })
    console.log(data)
  }
  // 查询预存code列表
  {
    const { data } = await client.request('GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes', {
      params: {
        stock_id: '1212',
      },
      query: {
        offset: 0,
        limit: 10,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.stocks['{stock_id}'].couponcodes.get({
      params: {
        stock_id: '1212',
      },
      query: {
        offset: 0,
        limit: 10,
      },
    })
    console.log(data)
  }
  // 上传预存code
  {
    const { data } = await client.request('POST /v3/marketing/busifavor/stocks/{stock_id}/couponcodes', {
      params: {
        stock_id: '98065001',
      },
      json: {
        coupon_code_list: ['ABC9588200', 'ABC9588201'],
        upload_request_no: '1002600620019090123143254440',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.stocks['{stock_id}'].couponcodes.post({
      params: {
        stock_id: '98065001',
      },
      json: {
        coupon_code_list: ['ABC9588200', 'ABC9588201'],
        upload_request_no: '1002600620019090123143254440',
      },
    })
    console.log(data)
  }
  // 删除预存code
  {
    const { data } = await client.request('DELETE /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}', {
      params: {
        stock_id: '1212',
        coupon_code: '1212',
      },
      query: {
        delete_request_no: '1002600620019090123143254442',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.stocks['{stock_id}'].couponcodes['{coupon_code}'].delete({
      params: {
        stock_id: '1212',
        coupon_code: '1212',
      },
      query: {
        delete_request_no: '1002600620019090123143254442',
      },
    })
    console.log(data)
  }
  // 查询预存code详情
  {
    const { data } = await client.request('GET /v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}', {
      params: {
        stock_id: '1212',
        coupon_code: '1212',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.stocks['{stock_id}'].couponcodes['{coupon_code}'].get({
      params: {
        stock_id: '1212',
        coupon_code: '1212',
      },
    })
    console.log(data)
  }
  // 查询营销补差付款单列表
  {
    const { data } = await client.request('GET /v3/marketing/busifavor/subsidy/pay-receipts', {
      query: {
        stock_id: '128888000000001',
        coupon_code: 'ABCD12345678',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.subsidy['pay-receipts'].get({
      query: {
        stock_id: '128888000000001',
        coupon_code: 'ABCD12345678',
      },
    })
    console.log(data)
  }
  // 营销补差付款
  {
    const { data } = await client.request('POST /v3/marketing/busifavor/subsidy/pay-receipts', {
      json: {
        stock_id: '128888000000001',
        coupon_code: 'ABCD12345678',
        transaction_id: '4200000913202101152566792388',
        payer_merchant: '1900000001',
        payee_merchant: '1900000002',
        amount: 100,
        description: '满200减100营销补差',
        out_subsidy_no: 'subsidy-abcd-12345',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.subsidy['pay-receipts'].post({
      json: {
        stock_id: '128888000000001',
        coupon_code: 'ABCD12345678',
        transaction_id: '4200000913202101152566792388',
        payer_merchant: '1900000001',
        payee_merchant: '1900000002',
        amount: 100,
        description: '满200减100营销补差',
        out_subsidy_no: 'subsidy-abcd-12345',
      },
    })
    console.log(data)
  }
  // 查询营销补差付款单详情
  {
    const { data } = await client.request('GET /v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id}', {
      params: {
        subsidy_receipt_id: '1120200119165100000000000001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.subsidy['pay-receipts']['{subsidy_receipt_id}'].get({
      params: {
        subsidy_receipt_id: '1120200119165100000000000001',
      },
    })
    console.log(data)
  }
  // 营销补差回退
  {
    const { data } = await client.request('POST /v3/marketing/busifavor/subsidy/return-receipts', {
      json: {
        stock_id: '128888000000001',
        coupon_code: 'ABCD12345678',
        transaction_id: '4200000913202101152566792388',
        refund_id: '50100506732021010105138718375',
        payer_merchant: '1900000001',
        payee_merchant: '1900000002',
        amount: 50,
        description: '订单退款，回退补差',
        out_subsidy_return_no: 'subsidy-return-abcd-12345',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.subsidy['return-receipts'].post({
      json: {
        stock_id: '128888000000001',
        coupon_code: 'ABCD12345678',
        transaction_id: '4200000913202101152566792388',
        refund_id: '50100506732021010105138718375',
        payer_merchant: '1900000001',
        payee_merchant: '1900000002',
        amount: 50,
        description: '订单退款，回退补差',
        out_subsidy_return_no: 'subsidy-return-abcd-12345',
      },
    })
    console.log(data)
  }
  // 查询营销补差回退单详情
  {
    const { data } = await client.request('GET /v3/marketing/busifavor/subsidy/return-receipts/{subsidy_return_receipt_id}', {
      params: {
        subsidy_return_receipt_id: '2120200119165100000000000001',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.subsidy['return-receipts']['{subsidy_return_receipt_id}'].get({
      params: {
        subsidy_return_receipt_id: '2120200119165100000000000001',
      },
    })
    console.log(data)
  }
  // 根据过滤条件查询用户券
  {
    const { data } = await client.request('GET /v3/marketing/busifavor/users/{openid}/coupons', {
      params: {
        openid: '2323dfsdf342342',
      },
      query: {
        appid: 'wx233544546545989',
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.users['{openid}'].coupons.get({
      params: {
        openid: '2323dfsdf342342',
      },
      query: {
        appid: 'wx233544546545989',
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  // 查询用户单张券详情
  {
    const { data } = await client.request('GET /v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}', {
      params: {
        openid: '2323dfsdf342342',
        coupon_code: '123446565767',
        appid: 'wx233544546545989',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing.busifavor.users['{openid}'].coupons['{coupon_code}'].appids['{appid}'].get({
      params: {
        openid: '2323dfsdf342342',
        coupon_code: '123446565767',
        appid: 'wx233544546545989',
      },
    })
    console.log(data)
  }
}
