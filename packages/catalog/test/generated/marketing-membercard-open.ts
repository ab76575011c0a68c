// marketing/membercard-open: written by scripts/catalog/generate.mjs (npm run catalog). Do not edit: type-checked, never run.
import type { WechatPayClient } from '@core/client'
import '../../src/index.js'

declare const client: WechatPayClient

export async function calls(): Promise<void> {
  // 获取用户信息（跳转型激活）
  {
    const { data } = await client.request('GET /v3/marketing/membercard-open/activate-informations/{activate_ticket}', {
      params: {
        activate_ticket: 'abcdefg',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['membercard-open']['activate-informations']['{activate_ticket}'].get({
      params: {
        activate_ticket: 'abcdefg',
      },
    })
    console.log(data)
  }
  // 查询回调地址
  {
    const { data } = await client.request('GET /v3/marketing/membercard-open/callback')
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['membercard-open'].callback.get()
    console.log(data)
  }
  // 设置回调地址
  {
    const { data } = await client.request('PATCH /v3/marketing/membercard-open/callback', {
      json: {
        notify_url: 'https://pay.weixin.qq.com',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['membercard-open'].callback.patch({
      json: {
        notify_url: 'https://pay.weixin.qq.com',
      },
    })
    console.log(data)
  }
  // 查询会员卡模板列表
  {
    const { data } = await client.request('GET /v3/marketing/membercard-open/cards', {
      query: {
        brand_id: '1001622624',
        appid: 'wxea9c30890f48d5ae',
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['membercard-open'].cards.get({
      query: {
        brand_id: '1001622624',
        appid: 'wxea9c30890f48d5ae',
        offset: 0,
        limit: 20,
      },
    })
    console.log(data)
  }
  // 创建会员卡模板
  {
    const { data } = await client.request('POST /v3/marketing/membercard-open/cards', {
      json: {
        appid: 'wxea9c30890f48d5ae',
        logo_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
        brand: {
          brand_id: '1004',
          display_name: '微信支付',
        },
        title: '微信支付测试卡',
        background_picture_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
        description: '使用本会员卡表示你同意xxx公司的协议，最终解释权归xxx公司所有',
        service_phone: '010-8877xxxx',
        code_type: 'BAR_CODE',
        total_quantity: 5000000,
        date_information: {
          type: 'FIX_TIME_RANGE',
          available_begin_time: '2020-05-20T13:29:35.120+08:00',
          available_end_time: '2030-05-20T13:29:35.120+08:00',
          available_day_after_receive: 200,
          wait_days_after_receive: 1,
        },
        code_mode: 'SYSTEM_ALLOCATE',
        need_display_level: true,
        init_level: '白银会员',
        out_request_no: '100002322019090134234sfdf',
        balance_information: {
          need_balance: true,
          balance_appid: 'wxea9c30890f48d5ae',
          balance_path: 'pages/balance/balance',
          balance_url: 'https://xxx.com',
        },
        user_information_form: {
          common_field_list: ['USER_FORM_FLAG_MOBILE'],
          custom_field_list: [
            {
              type: 'TEXT',
              name: '喜欢的运动',
              values: ['string'],
            },
          ],
        },
        additional_statement: {
          title: 'xxx会员卡使用须知',
          url: 'https://xxx.111.com',
          appid: 'wxea9c30890f48d5ae',
          path: 'pages/statement/statement',
        },
        need_dynamic_code: true,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['membercard-open'].cards.post({
      json: {
        appid: 'wxea9c30890f48d5ae',
        logo_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
        brand: {
          brand_id: '1004',
          display_name: '微信支付',
        },
        title: '微信支付测试卡',
        background_picture_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
        description: '使用本会员卡表示你同意xxx公司的协议，最终解释权归xxx公司所有',
        service_phone: '010-8877xxxx',
        code_type: 'BAR_CODE',
        total_quantity: 5000000,
        date_information: {
          type: 'FIX_TIME_RANGE',
          available_begin_time: '2020-05-20T13:29:35.120+08:00',
          available_end_time: '2030-05-20T13:29:35.120+08:00',
          available_day_after_receive: 200,
          wait_days_after_receive: 1,
        },
        code_mode: 'SYSTEM_ALLOCATE',
        need_display_level: true,
        init_level: '白银会员',
        out_request_no: '100002322019090134234sfdf',
        balance_information: {
          need_balance: true,
          balance_appid: 'wxea9c30890f48d5ae',
          balance_path: 'pages/balance/balance',
          balance_url: 'https://xxx.com',
        },
        user_information_form: {
          common_field_list: ['USER_FORM_FLAG_MOBILE'],
          custom_field_list: [
            {
              type: 'TEXT',
              name: '喜欢的运动',
              values: ['string'],
            },
          ],
        },
        additional_statement: {
          title: 'xxx会员卡使用须知',
          url: 'https://xxx.111.com',
          appid: 'wxea9c30890f48d5ae',
          path: 'pages/statement/statement',
        },
        need_dynamic_code: true,
      },
    })
    console.log(data)
  }
  // 删除会员卡模板
  {
    const { status } = await client.request('DELETE /v3/marketing/membercard-open/cards/{card_id}', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.marketing['membercard-open'].cards['{card_id}'].delete({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
    })
    console.log(status)
  }
  // 查询会员卡模板信息
  {
    const { data } = await client.request('GET /v3/marketing/membercard-open/cards/{card_id}', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['membercard-open'].cards['{card_id}'].get({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
    })
    console.log(data)
  }
  // 修改会员卡模板信息
  {
    const { status } = await client.request('PATCH /v3/marketing/membercard-open/cards/{card_id}', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        appid: 'wxea9c30890f48d5ae',
        logo_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
        title: '微信支付测试卡',
        background_picture_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
        description: '使用本会员卡表示你同意xxx公司的协议，最终解释权归xxx公司所有',
        service_phone: '010-8877xxxx',
        total_quantity: 5000000,
        date_information: {
          type: 'FIX_TIME_RANGE',
          available_end_time: '2030-05-20T13:29:35.120+08:00',
          available_day_after_receive: 200,
          wait_days_after_receive: 2,
          available_begin_time: '2020-05-20T13:29:35.120+08:00',
        },
        need_display_level: true,
        init_level: '白银会员',
        balance_information: {
          need_balance: true,
          balance_appid: 'wxea9c30890f48d5ae',
          balance_path: 'pages/balance/balance',
          balance_url: 'https://xxx.com',
        },
        user_information_form: {
          can_modify_after_activate: true,
          common_field_list: ['USER_FORM_FLAG_MOBILE'],
          custom_field_list: [
            {
              type: 'TEXT',
              name: '喜欢的运动',
              values: ['string'],
            },
          ],
        },
        additional_statement: {
          title: 'xxx会员卡使用须知',
          url: 'https://xxx.111.com',
          appid: 'wxea9c30890f48d5ae',
          path: 'pages/statement/statement',
        },
        code_mode: 'SYSTEM_ALLOCATE',
        code_type: 'BAR_CODE',
        need_dynamic_code: true,
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.marketing['membercard-open'].cards['{card_id}'].patch({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        appid: 'wxea9c30890f48d5ae',
        logo_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
        title: '微信支付测试卡',
        background_picture_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
        description: '使用本会员卡表示你同意xxx公司的协议，最终解释权归xxx公司所有',
        service_phone: '010-8877xxxx',
        total_quantity: 5000000,
        date_information: {
          type: 'FIX_TIME_RANGE',
          available_end_time: '2030-05-20T13:29:35.120+08:00',
          available_day_after_receive: 200,
          wait_days_after_receive: 2,
          available_begin_time: '2020-05-20T13:29:35.120+08:00',
        },
        need_display_level: true,
        init_level: '白银会员',
        balance_information: {
          need_balance: true,
          balance_appid: 'wxea9c30890f48d5ae',
          balance_path: 'pages/balance/balance',
          balance_url: 'https://xxx.com',
        },
        user_information_form: {
          can_modify_after_activate: true,
          common_field_list: ['USER_FORM_FLAG_MOBILE'],
          custom_field_list: [
            {
              type: 'TEXT',
              name: '喜欢的运动',
              values: ['string'],
            },
          ],
        },
        additional_statement: {
          title: 'xxx会员卡使用须知',
          url: 'https://xxx.111.com',
          appid: 'wxea9c30890f48d5ae',
          path: 'pages/statement/statement',
        },
        code_mode: 'SYSTEM_ALLOCATE',
        code_type: 'BAR_CODE',
        need_dynamic_code: true,
      },
    })
    console.log(status)
  }
  // 导入会员Code
  {
    const { data } = await client.request('POST /v3/marketing/membercard-open/cards/{card_id}/codes/deposit', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        code: ['string'],
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['membercard-open'].cards['{card_id}'].codes.deposit.post({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        code: ['string'],
      },
    })
    console.log(data)
  }
  // 查询用户会员卡信息
  {
    const { data } = await client.request('GET /v3/marketing/membercard-open/cards/{card_id}/codes/{code}', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        code: '478515832665',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['membercard-open'].cards['{card_id}'].codes['{code}'].get({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        code: '478515832665',
      },
    })
    console.log(data)
  }
  // 修改用户会员卡信息
  {
    const { status } = await client.request('PATCH /v3/marketing/membercard-open/cards/{card_id}/codes/{code}', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        code: '478515832665',
      },
      json: {
        membership_number: '316510891298',
        background_picture_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
        level: '钻石会员',
        out_request_no: '100002322019090134234sfdf',
        balance_information: {
          before_balance: 888,
          balance: 888,
          add_balance: 100,
          balance_remark: '购买一杯珍珠奶茶，消耗30元',
        },
        need_inform_balance: true,
        need_inform_level: true,
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.marketing['membercard-open'].cards['{card_id}'].codes['{code}'].patch({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        code: '478515832665',
      },
      json: {
        membership_number: '316510891298',
        background_picture_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
        level: '钻石会员',
        out_request_no: '100002322019090134234sfdf',
        balance_information: {
          before_balance: 888,
          balance: 888,
          add_balance: 100,
          balance_remark: '购买一杯珍珠奶茶，消耗30元',
        },
        need_inform_balance: true,
        need_inform_level: true,
      },
    })
    console.log(status)
  }
  // 激活会员卡（跳转型激活）
  {
    const { status } = await client.request('POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/activate', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        code: '478515832665',
      },
      json: {
        membership_number: '316510891298',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.marketing['membercard-open'].cards['{card_id}'].codes['{code}'].activate.post({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        code: '478515832665',
      },
      json: {
        membership_number: '316510891298',
      },
    })
    console.log(status)
  }
  // 设置支付后展示的积分到账
  {
    const { status } = await client.request('POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/commit', {
      params: {
        card_id: '478515832665',
        code: '478515832665',
      },
      json: {
        out_trade_no: '1217752501201407033233368018',
        mchid: '1230000109',
        sub_mchid: '1900000109',
        bonus_value: 30,
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.marketing['membercard-open'].cards['{card_id}'].codes['{code}'].bonus.commit.post({
      params: {
        card_id: '478515832665',
        code: '478515832665',
      },
      json: {
        out_trade_no: '1217752501201407033233368018',
        mchid: '1230000109',
        sub_mchid: '1900000109',
        bonus_value: 30,
      },
    })
    console.log(status)
  }
  // 支付结果页展示会员积分
  {
    const { status } = await client.request('POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/prepare', {
      params: {
        card_id: '478515832665',
        code: '478515832665',
      },
      json: {
        out_trade_no: '1217752501201407033233368018',
        mchid: '1230000109',
        sub_mchid: '1900000109',
        bonus_value: 30,
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.marketing['membercard-open'].cards['{card_id}'].codes['{code}'].bonus.prepare.post({
      params: {
        card_id: '478515832665',
        code: '478515832665',
      },
      json: {
        out_trade_no: '1217752501201407033233368018',
        mchid: '1230000109',
        sub_mchid: '1900000109',
        bonus_value: 30,
      },
    })
    console.log(status)
  }
  // 设置会员权益
  {
    const { status } = await client.request('PATCH /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        code: '478515832665',
      },
      json: {
        before_bonus_value: 500,
        bonus_value: 600,
        add_bonus_value: 100,
        out_request_no: '100002322019090134234sfdf',
        need_inform_bonus: true,
        member_price_word: '钻石会员尊享8折',
        fapiao_jump_word: '3张发票可开',
        guide: {
          staff_name: '酒店管家-何小明',
          head_image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
          contact_information_name: '微信号',
          contact_information_value: 'weixin123',
          phone_number: '0755-12345677',
        },
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.marketing['membercard-open'].cards['{card_id}'].codes['{code}'].rights.patch({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        code: '478515832665',
      },
      json: {
        before_bonus_value: 500,
        bonus_value: 600,
        add_bonus_value: 100,
        out_request_no: '100002322019090134234sfdf',
        need_inform_bonus: true,
        member_price_word: '钻石会员尊享8折',
        fapiao_jump_word: '3张发票可开',
        guide: {
          staff_name: '酒店管家-何小明',
          head_image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
          contact_information_name: '微信号',
          contact_information_value: 'weixin123',
          phone_number: '0755-12345677',
        },
      },
    })
    console.log(status)
  }
  // 设置会员服务项用户信息
  {
    const { status } = await client.request('POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/set-service-module-data', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        code: '478515832665',
      },
      json: {
        out_request_no: '100002322019090134234sfdf',
        service_module_id: '666',
        state_setting: {
          state_id: 'CHECKED_IN',
          content_template_data: {
            field_list: [
              {
                field_id: 'hotel_name',
                field_value: '深圳市南山区滨海路700号',
              },
            ],
            action_setting: {
              action_name: '一键开锁',
              jump_miniprogram: {
                appid: 'wx37178d097a6851d8',
                path: 'pages/index/index',
              },
            },
          },
          message_template_setting: {
            message_template_id: '9bJgRNz9XG248XZ-a0nDKH3Vt_vaTp32fRP1LWvxjzI',
            field_list: [
              {
                field_id: 'hotel_name',
                field_value: '深圳市南山区滨海路700号',
              },
            ],
          },
        },
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.marketing['membercard-open'].cards['{card_id}'].codes['{code}']['set-service-module-data'].post({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        code: '478515832665',
      },
      json: {
        out_request_no: '100002322019090134234sfdf',
        service_module_id: '666',
        state_setting: {
          state_id: 'CHECKED_IN',
          content_template_data: {
            field_list: [
              {
                field_id: 'hotel_name',
                field_value: '深圳市南山区滨海路700号',
              },
            ],
            action_setting: {
              action_name: '一键开锁',
              jump_miniprogram: {
                appid: 'wx37178d097a6851d8',
                path: 'pages/index/index',
              },
            },
          },
          message_template_setting: {
            message_template_id: '9bJgRNz9XG248XZ-a0nDKH3Vt_vaTp32fRP1LWvxjzI',
            field_list: [
              {
                field_id: 'hotel_name',
                field_value: '深圳市南山区滨海路700号',
              },
            ],
          },
        },
      },
    })
    console.log(status)
  }
  // 作废用户会员卡
  {
    const { status } = await client.request('POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        code: '478515832665',
      },
      json: {
        reason: '用户违反会员条例',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.marketing['membercard-open'].cards['{card_id}'].codes['{code}'].unavailable.post({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        code: '478515832665',
      },
      json: {
        reason: '用户违反会员条例',
      },
    })
    console.log(status)
  }
  // 加密code解码（跳转型激活）
  {
    const { data } = await client.request('GET /v3/marketing/membercard-open/cards/{card_id}/decrypt-code', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      query: {
        encrypt_code: 'XXIzTtMqCxwOaawoE91+VJdsFmv7b8g0VZIZkqf4GWA60Fzpc8ksZ/5ZZ0DVkXdE',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['membercard-open'].cards['{card_id}']['decrypt-code'].get({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      query: {
        encrypt_code: 'XXIzTtMqCxwOaawoE91+VJdsFmv7b8g0VZIZkqf4GWA60Fzpc8ksZ/5ZZ0DVkXdE',
      },
    })
    console.log(data)
  }
  // 商户预授权
  {
    const { data } = await client.request('POST /v3/marketing/membercard-open/cards/{card_id}/permission-tokens', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        activate_type: 'AUTO_ACTIVATE',
        navigate_back_previous_page: true,
        activate_url: 'https://w.url.cn/s/Ahz3p2C',
        activate_appid: 'wxea9c30a90fs8d3fe',
        activate_path: 'pages/activate/activate',
        outer_str: 'szwxtd',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['membercard-open'].cards['{card_id}']['permission-tokens'].post({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        activate_type: 'AUTO_ACTIVATE',
        navigate_back_previous_page: true,
        activate_url: 'https://w.url.cn/s/Ahz3p2C',
        activate_appid: 'wxea9c30a90fs8d3fe',
        activate_path: 'pages/activate/activate',
        outer_str: 'szwxtd',
      },
    })
    console.log(data)
  }
  // 根据手机号导入用户会员卡
  {
    const { data } = await client.request('POST /v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        encrypted_phone_number: client.encrypt('用户加密手机号'),
        code: '478515832665',
        out_request_no: '100002322019090134234sfdf',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['membercard-open'].cards['{card_id}']['phone-membercard'].import.post({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        encrypted_phone_number: client.encrypt('用户加密手机号'),
        code: '478515832665',
        out_request_no: '100002322019090134234sfdf',
      },
    })
    console.log(data)
  }
  // 创建会员卡二维码
  {
    const { data } = await client.request('POST /v3/marketing/membercard-open/cards/{card_id}/qrcode', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        activate_type: 'AUTO_ACTIVATE',
        activate_url: 'https://w.url.cn/s/Ahz3p2C',
        activate_appid: 'wxea9c30a90fs8d3fe',
        activate_path: 'pages/activate/activate',
        outer_str: 'szwxtd',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['membercard-open'].cards['{card_id}'].qrcode.post({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        activate_type: 'AUTO_ACTIVATE',
        activate_url: 'https://w.url.cn/s/Ahz3p2C',
        activate_appid: 'wxea9c30a90fs8d3fe',
        activate_path: 'pages/activate/activate',
        outer_str: 'szwxtd',
      },
    })
    console.log(data)
  }
  // 设置会员卡模板权益项
  {
    const { status } = await client.request('PATCH /v3/marketing/membercard-open/cards/{card_id}/rights', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        show_bonus: true,
        show_favor: true,
        bonus: {
          init_bonus: 100,
          bonus_value_word: '我的积分',
          bonus_cost_title: '积分兑换',
          bonus_cost_word: '500积分=2小时免费停车券',
          bonus_jump_word: '更多礼品',
          bonus_jump_appid: 'wxea9c30a90fs8d3fe',
          bonus_jump_path: '/pages/bonus/bonus',
          bonus_support_appid: 'wxea9c30a90fs8d3fe',
          bonus_support_path: 'pages/selfbonus/selfbonus',
        },
        favor: {
          show_coupon: true,
          member_price_word: '周二会员全场八折',
          member_price_appid: 'wxea9c30a90fs8d3fe',
          member_price_path: 'pages/favor/favor',
          member_price_title: 'MEMBER_PRICE',
          favor_module_title: 'FAVOR',
        },
        show_fapiao: true,
        fapiao: {
          fapiao_jump_word: '查看我的发票',
          fapiao_jump_appid: 'wxea9c30a90fs8d3fe',
          fapiao_jump_path: 'pages/fapiao/fapiao',
        },
        show_guide: true,
        guide: {
          staff_name: '酒店管家-何小明',
          head_image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
          contact_information_name: '微信号',
          contact_information_value: 'weixin123',
          phone_number: '0755-12345677',
        },
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.marketing['membercard-open'].cards['{card_id}'].rights.patch({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        show_bonus: true,
        show_favor: true,
        bonus: {
          init_bonus: 100,
          bonus_value_word: '我的积分',
          bonus_cost_title: '积分兑换',
          bonus_cost_word: '500积分=2小时免费停车券',
          bonus_jump_word: '更多礼品',
          bonus_jump_appid: 'wxea9c30a90fs8d3fe',
          bonus_jump_path: '/pages/bonus/bonus',
          bonus_support_appid: 'wxea9c30a90fs8d3fe',
          bonus_support_path: 'pages/selfbonus/selfbonus',
        },
        favor: {
          show_coupon: true,
          member_price_word: '周二会员全场八折',
          member_price_appid: 'wxea9c30a90fs8d3fe',
          member_price_path: 'pages/favor/favor',
          member_price_title: 'MEMBER_PRICE',
          favor_module_title: 'FAVOR',
        },
        show_fapiao: true,
        fapiao: {
          fapiao_jump_word: '查看我的发票',
          fapiao_jump_appid: 'wxea9c30a90fs8d3fe',
          fapiao_jump_path: 'pages/fapiao/fapiao',
        },
        show_guide: true,
        guide: {
          staff_name: '酒店管家-何小明',
          head_image_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
          contact_information_name: '微信号',
          contact_information_value: 'weixin123',
          phone_number: '0755-12345677',
        },
      },
    })
    console.log(status)
  }
  // 添加会员卡服务项
  {
    const { data } = await client.request('POST /v3/marketing/membercard-open/cards/{card_id}/service-modules', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        service_module_id: '666',
        jump_miniprogram: {
          appid: 'wx37178d097a6851d8',
          path: 'pages/index/index',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['membercard-open'].cards['{card_id}']['service-modules'].post({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        service_module_id: '666',
        jump_miniprogram: {
          appid: 'wx37178d097a6851d8',
          path: 'pages/index/index',
        },
      },
    })
    console.log(data)
  }
  // 移除会员卡服务项
  {
    const { status } = await client.request('DELETE /v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        service_module_id: '666',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.marketing['membercard-open'].cards['{card_id}']['service-modules']['{service_module_id}'].delete({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        service_module_id: '666',
      },
    })
    console.log(status)
  }
  // 修改会员卡服务项
  {
    const { data } = await client.request('PATCH /v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        service_module_id: '666',
      },
      json: {
        jump_miniprogram: {
          appid: 'wx37178d097a6851d8',
          path: 'pages/index/index',
        },
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['membercard-open'].cards['{card_id}']['service-modules']['{service_module_id}'].patch({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        service_module_id: '666',
      },
      json: {
        jump_miniprogram: {
          appid: 'wx37178d097a6851d8',
          path: 'pages/index/index',
        },
      },
    })
    console.log(data)
  }
  // 老会员卡模板升级
  {
    const { status } = await client.request('POST /v3/marketing/membercard-open/cards/{card_id}/upgrade', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        brand_id: '1001622624',
        appid: 'wxea9c30890f48d5ae',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.marketing['membercard-open'].cards['{card_id}'].upgrade.post({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        brand_id: '1001622624',
        appid: 'wxea9c30890f48d5ae',
      },
    })
    console.log(status)
  }
  // 根据openid导入用户会员卡
  {
    const { data } = await client.request('POST /v3/marketing/membercard-open/cards/{card_id}/users/import', {
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        code: '478515832665',
        out_request_no: '100002322019090134234sfdf',
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['membercard-open'].cards['{card_id}'].users.import.post({
      params: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
      },
      json: {
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        code: '478515832665',
        out_request_no: '100002322019090134234sfdf',
      },
    })
    console.log(data)
  }
  // 导入加密手机号提醒会员领卡
  {
    const { status } = await client.request('POST /v3/marketing/membercard-open/phonenumber-member/import', {
      json: {
        member_information: {
          card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
          code: '478515832665',
          membership_number: '316510891298',
          registration_time: '2015-05-20T13:29:35.120+08:00',
        },
        encrypted_phone_number: client.encrypt('加密手机号'),
        outer_str: 'my_card_CARD',
      },
    })
    console.log(status)
  }
  {
    const { status } = await client.v3.marketing['membercard-open']['phonenumber-member'].import.post({
      json: {
        member_information: {
          card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
          code: '478515832665',
          membership_number: '316510891298',
          registration_time: '2015-05-20T13:29:35.120+08:00',
        },
        encrypted_phone_number: client.encrypt('加密手机号'),
        outer_str: 'my_card_CARD',
      },
    })
    console.log(status)
  }
  // 通过加密手机号查询会员领卡状态
  {
    const { data } = await client.request('GET /v3/marketing/membercard-open/phonenumber-member/search', {
      query: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        encrypted_phone_number: client.encrypt('加密手机号'),
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['membercard-open']['phonenumber-member'].search.get({
      query: {
        card_id: 'pbLatjvWOibDc5-TBnbUk1pD12o0',
        encrypted_phone_number: client.encrypt('加密手机号'),
      },
    })
    console.log(data)
  }
  // 查询用户在品牌下所有会员卡
  {
    const { data } = await client.request('GET /v3/marketing/membercard-open/user/cards', {
      query: {
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        appid: 'wxea9c30890f48d5ae',
        offset: 0,
        limit: 0,
      },
    })
    console.log(data)
  }
  {
    const { data } = await client.v3.marketing['membercard-open'].user.cards.get({
      query: {
        openid: 'obLatjnx9gnqzS4myYGmLZ7LgLBA',
        appid: 'wxea9c30890f48d5ae',
        offset: 0,
        limit: 0,
      },
    })
    console.log(data)
  }
}
