// pay-devices: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 查询音箱绑定信息
  {
    const { data } = await client.request('GET /v3/pay-devices/open-scenario-speaker/{device_sn}', {
      params: {
        device_sn: 'ABCDEF',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['pay-devices']['open-scenario-speaker']['{device_sn}'].get({
      params: {
        device_sn: 'ABCDEF',
      },
    })
    console.log(data)
  }
  // 绑定音箱设备码牌
  {
    const { data } = await client.request('POST /v3/pay-devices/open-scenario-speaker/{device_sn}/bind', {
      params: {
        device_sn: 'ABCDEF',
      },
      json: {
        sub_mchid: '1900000001',
        code_url: 'URl:weixin://wxpay/s/An4baqw',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['pay-devices']['open-scenario-speaker']['{device_sn}'].bind.post({
      params: {
        device_sn: 'ABCDEF',
      },
      json: {
        sub_mchid: '1900000001',
        code_url: 'URl:weixin://wxpay/s/An4baqw',
      },
    })
    console.log(data)
  }
  // 出厂预绑定音箱和码牌
  {
    const { data } = await client.request('POST /v3/pay-devices/open-scenario-speaker/{device_sn}/prebind', {
      params: {
        device_sn: 'ABCDEF',
      },
      json: {
        code_url: 'URl:weixin://wxpay/s/An4baqw',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['pay-devices']['open-scenario-speaker']['{device_sn}'].prebind.post({
      params: {
        device_sn: 'ABCDEF',
      },
      json: {
        code_url: 'URl:weixin://wxpay/s/An4baqw',
      },
    })
    console.log(data)
  }
  // 解绑音箱设备码牌
  {
    const { data } = await client.request('POST /v3/pay-devices/open-scenario-speaker/{device_sn}/unbind', {
      params: {
        device_sn: 'ABCDEF',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['pay-devices']['open-scenario-speaker']['{device_sn}'].unbind.post({
      params: {
        device_sn: 'ABCDEF',
      },
    })
    console.log(data)
  }
  // 码牌支付结果上报
  {
    const { data } = await client.request('POST /v3/pay-devices/open-scenario-speakerorder/{transaction_id}/report', {
      params: {
        transaction_id: '20190611222222222200000000012122',
      },
      json: {
        sub_mchid: '1900000001',
        code_url: 'URl:weixin://wxpay/s/An4baqw',
        out_trade_no: 'example_out_trade_no',
        device_sn: 'example_device_sn',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['pay-devices']['open-scenario-speakerorder']['{transaction_id}'].report.post({
      params: {
        transaction_id: '20190611222222222200000000012122',
      },
      json: {
        sub_mchid: '1900000001',
        code_url: 'URl:weixin://wxpay/s/An4baqw',
        out_trade_no: 'example_out_trade_no',
        device_sn: 'example_device_sn',
      },
    })
    console.log(data)
  }
  // 小票机打印
  {
    const { status } = await client.request('POST /v3/pay-devices/printers/{device_id}/print-orders', {
      params: {
        device_id: 'WINCIE*EIXHRB',
      },
      json: {
        print_order_no: 'wx8888888888888888',
        template_id: 'pt_02583429616371386640209536',
        notify_url: 'https://payapp.weixin.qq.com/callback',
        variable_list: [
          {
            key: '',
            value: '',
          },
        ],
        table_list: [
          {
            key: '',
            row_list: [
              {
                cell_list: ['string'],
              },
            ],
          },
        ],
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3['pay-devices'].printers['{device_id}']['print-orders'].post({
      params: {
        device_id: 'WINCIE*EIXHRB',
      },
      json: {
        print_order_no: 'wx8888888888888888',
        template_id: 'pt_02583429616371386640209536',
        notify_url: 'https://payapp.weixin.qq.com/callback',
        variable_list: [
          {
            key: '',
            value: '',
          },
        ],
        table_list: [
          {
            key: '',
            row_list: [
              {
                cell_list: ['string'],
              },
            ],
          },
        ],
      },
    })
    console.log(status)
  }
  // 查询订单
  {
    const { data } = await client.request('GET /v3/pay-devices/printers/{device_id}/print-orders/{print_order_no}', {
      params: {
        device_id: 'WINCIE*EIXHRB',
        print_order_no: 'wx8888888888888888',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3['pay-devices'].printers['{device_id}']['print-orders']['{print_order_no}'].get({
      params: {
        device_id: 'WINCIE*EIXHRB',
        print_order_no: 'wx8888888888888888',
      },
    })
    console.log(data)
  }
}
