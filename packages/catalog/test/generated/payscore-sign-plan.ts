// payscore/sign-plan: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 创建用户的签约计划详情对应的服务订单
  {
    const { data } = await client.request('POST /v3/payscore/sign-plan/partner/serviceorder', {
      json: {
        service_id: '2002000000000558128851361561536',
        sign_plan_id: '01000033210000324638000000376258',
        plan_detail_no: 2,
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6999',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        notify_url: 'https://api.test.com',
        service_introduction: '羽毛球课基础练习课程',
        time_range: {
          start_time: '20091225091010',
          end_time: '20091225121010',
          start_time_remark: '备注1',
          end_time_remark: '备注2',
        },
        location: {
          start_location: '嗨客时尚主题展餐厅',
          end_location: '嗨客时尚主题展餐厅',
        },
        attach: 'Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald',
        out_trade_no: '1514323JSVDFE1243252',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore['sign-plan'].partner.serviceorder.post({
      json: {
        service_id: '2002000000000558128851361561536',
        sign_plan_id: '01000033210000324638000000376258',
        plan_detail_no: 2,
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6999',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        notify_url: 'https://api.test.com',
        service_introduction: '羽毛球课基础练习课程',
        time_range: {
          start_time: '20091225091010',
          end_time: '20091225121010',
          start_time_remark: '备注1',
          end_time_remark: '备注2',
        },
        location: {
          start_location: '嗨客时尚主题展餐厅',
          end_location: '嗨客时尚主题展餐厅',
        },
        attach: 'Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald',
        out_trade_no: '1514323JSVDFE1243252',
      },
    })
    console.log(data)
  }
  // 创建用户的签约计划
  {
    const { data } = await client.request('POST /v3/payscore/sign-plan/partner/user-sign-plans', {
      json: {
        service_id: '2002000000000558128851361561536',
        plan_id: '01000033210000324638000000376258',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6999',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        merchant_sign_plan_no: '1234323JKHDFE1243252',
        notify_url: 'https://api.test.com',
        sign_plan_detail: [
          {
            plan_detail_no: 1,
            merchant_plan_detail_no: '1234323JKHDFE1243252',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore['sign-plan'].partner['user-sign-plans'].post({
      json: {
        service_id: '2002000000000558128851361561536',
        plan_id: '01000033210000324638000000376258',
        appid: 'wxd678efh567hg6787',
        sub_mchid: '1900000109',
        sub_appid: 'wxd678efh567hg6999',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        sub_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        merchant_sign_plan_no: '1234323JKHDFE1243252',
        notify_url: 'https://api.test.com',
        sign_plan_detail: [
          {
            plan_detail_no: 1,
            merchant_plan_detail_no: '1234323JKHDFE1243252',
          },
        ],
      },
    })
    console.log(data)
  }
  // 查询用户的签约计划
  {
    const { data } = await client.request('GET /v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}', {
      params: {
        merchant_sign_plan_no: '1234323JKHDFE1243252',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore['sign-plan'].partner['user-sign-plans']['merchant-sign-plan-no']['{merchant_sign_plan_no}'].get({
      params: {
        merchant_sign_plan_no: '1234323JKHDFE1243252',
      },
      query: {
        sub_mchid: '1900000109',
      },
    })
    console.log(data)
  }
  // 取消用户的签约计划
  {
    const { data } = await client.request('POST /v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop', {
      params: {
        merchant_sign_plan_no: '1234323JKHDFE1243252',
      },
      json: {
        sub_mchid: '1900000109',
        stop_reason: '用户协商后停止',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore['sign-plan'].partner['user-sign-plans']['merchant-sign-plan-no']['{merchant_sign_plan_no}'].stop.post({
      params: {
        merchant_sign_plan_no: '1234323JKHDFE1243252',
      },
      json: {
        sub_mchid: '1900000109',
        stop_reason: '用户协商后停止',
      },
    })
    console.log(data)
  }
  // 创建用户的签约计划详情对应的服务订单
  {
    const { data } = await client.request('POST /v3/payscore/sign-plan/serviceorder', {
      json: {
        service_id: '2002000000000558128851361561536',
        sign_plan_id: '01000033210000324638000000376258',
        plan_detail_no: 2,
        appid: 'wxd678efh567hg6787',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        notify_url: 'https://api.test.com',
        service_introduction: '羽毛球课基础练习课程',
        time_range: {
          start_time: '20091225091010',
          end_time: '20091225121010',
          start_time_remark: '备注1',
          end_time_remark: '备注2',
        },
        location: {
          start_location: '嗨客时尚主题展餐厅',
          end_location: '嗨客时尚主题展餐厅',
        },
        attach: 'Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald',
        out_trade_no: '1514323JSVDFE1243252',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore['sign-plan'].serviceorder.post({
      json: {
        service_id: '2002000000000558128851361561536',
        sign_plan_id: '01000033210000324638000000376258',
        plan_detail_no: 2,
        appid: 'wxd678efh567hg6787',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        notify_url: 'https://api.test.com',
        service_introduction: '羽毛球课基础练习课程',
        time_range: {
          start_time: '20091225091010',
          end_time: '20091225121010',
          start_time_remark: '备注1',
          end_time_remark: '备注2',
        },
        location: {
          start_location: '嗨客时尚主题展餐厅',
          end_location: '嗨客时尚主题展餐厅',
        },
        attach: 'Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald',
        out_trade_no: '1514323JSVDFE1243252',
      },
    })
    console.log(data)
  }
  // 创建用户的签约计划
  {
    const { data } = await client.request('POST /v3/payscore/sign-plan/user-sign-plans', {
      json: {
        service_id: '2002000000000558128851361561536',
        plan_id: '01000033210000324638000000376258',
        appid: 'wxd678efh567hg6787',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        merchant_sign_plan_no: '1234323JKHDFE1243252',
        notify_url: 'https://api.test.com',
        sign_plan_detail: [
          {
            plan_detail_no: 1,
            merchant_plan_detail_no: '1234323JKHDFE1243252',
          },
        ],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore['sign-plan']['user-sign-plans'].post({
      json: {
        service_id: '2002000000000558128851361561536',
        plan_id: '01000033210000324638000000376258',
        appid: 'wxd678efh567hg6787',
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        merchant_sign_plan_no: '1234323JKHDFE1243252',
        notify_url: 'https://api.test.com',
        sign_plan_detail: [
          {
            plan_detail_no: 1,
            merchant_plan_detail_no: '1234323JKHDFE1243252',
          },
        ],
      },
    })
    console.log(data)
  }
  // 查询用户的签约计划
  {
    const { data } = await client.request('GET /v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}', {
      params: {
        merchant_sign_plan_no: '1234323JKHDFE1243252',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore['sign-plan']['user-sign-plans']['merchant-sign-plan-no']['{merchant_sign_plan_no}'].get({
      params: {
        merchant_sign_plan_no: '1234323JKHDFE1243252',
      },
    })
    console.log(data)
  }
  // 直连商户取消用户的签约计划
  {
    const { data } = await client.request('POST /v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop', {
      params: {
        merchant_sign_plan_no: '1234323JKHDFE1243252',
      },
      json: {
        stop_reason: '用户协商后停止',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.payscore['sign-plan']['user-sign-plans']['merchant-sign-plan-no']['{merchant_sign_plan_no}'].stop.post({
      params: {
        merchant_sign_plan_no: '1234323JKHDFE1243252',
      },
      json: {
        stop_reason: '用户协商后停止',
      },
    })
    console.log(data)
  }
}
